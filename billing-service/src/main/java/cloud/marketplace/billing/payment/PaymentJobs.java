package cloud.marketplace.billing.payment;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

@Component
class PaymentJobs {

    private final DepositPayments payments;

    PaymentJobs(DepositPayments payments) {
        this.payments = payments;
    }

    @Scheduled(fixedDelayString = "${marketplace.billing.payments.expiry-check-interval:60s}",
            initialDelayString = "${marketplace.billing.payments.expiry-check-interval:60s}")
    void expireOverdue() {
        payments.expireOverdue();
    }
}
