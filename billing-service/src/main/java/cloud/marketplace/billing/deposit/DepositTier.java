package cloud.marketplace.billing.deposit;

import java.time.Instant;

/** A deposit tier (档位) and the instant from which it is in force. History is kept: tiers are never changed. */
public record DepositTier(long id, long amountFen, Instant effectiveFrom, Instant appliedAt, Instant createdAt,
                          String createdBy) {

    public boolean inForceBy(Instant instant) {
        return !effectiveFrom.isAfter(instant);
    }
}
