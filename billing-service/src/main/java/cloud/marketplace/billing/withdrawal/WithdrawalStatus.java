package cloud.marketplace.billing.withdrawal;

public enum WithdrawalStatus {
    /** Taken from the balance, paid out or being paid out by the channel. */
    PROCESSING,
    COMPLETED,
    /** The channel refused it; the amount went back to the balance. */
    FAILED
}
