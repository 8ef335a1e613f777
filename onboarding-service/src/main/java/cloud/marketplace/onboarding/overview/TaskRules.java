package cloud.marketplace.onboarding.overview;

import cloud.marketplace.onboarding.client.billing.DepositStatus;
import cloud.marketplace.onboarding.client.catalog.ProductSummary;
import cloud.marketplace.onboarding.client.merchant.MerchantStatus;
import cloud.marketplace.onboarding.store.Store;
import java.util.Optional;

/** How each peer's answer becomes a task status. */
final class TaskRules {

    /** Done once a channel is active; in progress while any channel was started. */
    static TaskStatus merchantAccount(MerchantStatus status) {
        if (status.channels().stream().anyMatch(MerchantStatus.Channel::active)) {
            return TaskStatus.DONE;
        }
        return status.channels().isEmpty() ? TaskStatus.TODO : TaskStatus.IN_PROGRESS;
    }

    /** Done when paid; in progress when partly paid or short of a raised tier. */
    static TaskStatus deposit(DepositStatus deposit) {
        if ("PAID".equals(deposit.status())) {
            return TaskStatus.DONE;
        }
        return deposit.paidFen() > 0 || "SHORTFALL".equals(deposit.status()) ? TaskStatus.IN_PROGRESS : TaskStatus.TODO;
    }

    /** Done once a product is listed; in progress while products exist. */
    static TaskStatus product(ProductSummary summary) {
        if (summary.listed() > 0) {
            return TaskStatus.DONE;
        }
        return summary.total() > 0 ? TaskStatus.IN_PROGRESS : TaskStatus.TODO;
    }

    /** Done once a revision is published (a newer one under review does not undo it). */
    static TaskStatus store(Optional<Store> store) {
        if (store.isEmpty()) {
            return TaskStatus.TODO;
        }
        return store.get().published() != null ? TaskStatus.DONE : TaskStatus.IN_PROGRESS;
    }

    private TaskRules() {
    }
}
