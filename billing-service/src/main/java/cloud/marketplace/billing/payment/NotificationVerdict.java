package cloud.marketplace.billing.payment;

/** What was done with a channel notification. Only {@link #APPLIED} changed anything. */
public enum NotificationVerdict {
    APPLIED,
    /** Valid, but the payment already is where it says: acknowledged, nothing changed. */
    DUPLICATE,
    UNSIGNED,
    BAD_SIGNATURE,
    /** Its timestamp is outside the accepted window. */
    STALE,
    /** Its nonce was seen before. */
    REPLAYED,
    MALFORMED,
    UNKNOWN_PAYMENT,
    AMOUNT_MISMATCH;

    public boolean acknowledged() {
        return this == APPLIED || this == DUPLICATE;
    }

    public boolean unauthenticated() {
        return this == UNSIGNED || this == BAD_SIGNATURE || this == STALE || this == REPLAYED;
    }
}
