package cloud.marketplace.billing.deposit;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** A tier set for a later day is applied when that day comes. */
@Component
class DepositJobs {

    private final Deposits deposits;

    DepositJobs(Deposits deposits) {
        this.deposits = deposits;
    }

    @Scheduled(fixedDelayString = "${marketplace.billing.deposit.tier-check-interval:60s}",
            initialDelayString = "${marketplace.billing.deposit.tier-check-interval:60s}")
    void applyDueTiers() {
        deposits.applyDueTiers();
    }
}
