package cloud.marketplace.billing.ledger;

import java.time.Instant;
import java.time.YearMonth;

/**
 * A provider's month (Asia/Shanghai): orders completed and refunds made in it, the platform fee
 * net of refunds, and the provider's net earnings.
 */
public record Statement(String providerId, YearMonth month, Instant from, Instant until, Totals orders, Totals refunds,
                        Totals withdrawals, long feesFen, long netFen) {

    /** Sums of one kind of movement; refunds and withdrawals are negative in the ledger and shown positive here. */
    public record Totals(long count, long amountFen, long feeFen, long netFen) {

        static final Totals NONE = new Totals(0, 0, 0, 0);
    }
}
