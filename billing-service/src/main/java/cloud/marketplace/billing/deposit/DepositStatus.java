package cloud.marketplace.billing.deposit;

/** Where a provider's deposit stands against the tier in force. */
public enum DepositStatus {
    /** Nothing paid yet. */
    UNPAID,
    /** Paid up to the tier (or more). */
    PAID,
    /** Something paid, less than the tier: a legacy deposit, or a tier raised since. Must top up. */
    SHORTFALL;

    static DepositStatus of(long requiredFen, long paidFen) {
        if (paidFen >= requiredFen) {
            return PAID;
        }
        return paidFen == 0 ? UNPAID : SHORTFALL;
    }
}
