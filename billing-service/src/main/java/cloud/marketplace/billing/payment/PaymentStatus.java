package cloud.marketplace.billing.payment;

public enum PaymentStatus {
    /** Created with the channel, waiting for the payer. At most one per provider. */
    PENDING,
    /** The channel's signed notification (or its answer to a query) confirmed the money. */
    PAID,
    /** The channel refused or failed it. */
    FAILED,
    /** Not paid before its expiry; closed at the channel. */
    EXPIRED
}
