package cloud.marketplace.billing.withdrawal;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

@Component
class WithdrawalJobs {

    private final Withdrawals withdrawals;
    private final Duration olderThan;

    WithdrawalJobs(Withdrawals withdrawals,
                   @Value("${marketplace.billing.withdrawals.reconcile-after:2m}") Duration olderThan) {
        this.withdrawals = withdrawals;
        this.olderThan = olderThan;
    }

    @Scheduled(fixedDelayString = "${marketplace.billing.withdrawals.reconcile-interval:60s}",
            initialDelayString = "${marketplace.billing.withdrawals.reconcile-interval:60s}")
    void reconcile() {
        withdrawals.reconcile(olderThan);
    }
}
