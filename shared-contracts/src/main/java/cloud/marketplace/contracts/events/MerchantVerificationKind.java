package cloud.marketplace.contracts.events;

/** The step a merchant application waits on the provider for. */
public enum MerchantVerificationKind {
    /** WeChat Pay: remit a given small amount from the corporate account before the deadline. */
    REMITTANCE,
    /** Tenpay: enter the random small amount the partner paid into the corporate account. */
    MICRO_DEPOSIT,
    /** Either channel: the signer scans the signing QR code. */
    SIGNING
}
