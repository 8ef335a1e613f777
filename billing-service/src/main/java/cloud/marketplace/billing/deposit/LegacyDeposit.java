package cloud.marketplace.billing.deposit;

import java.time.LocalDate;

/** A deposit paid before this system, as an administrator imports it. */
public record LegacyDeposit(String providerId, long paidFen, LocalDate paidOn) {
}
