package cloud.marketplace.merchant.tenpay;

/** Tenpay's account states in our contract (TENPAY-CONTRACT.md). */
public enum TenpayState {
    REGISTERED, DOCUMENT_REVIEW, ACTIVATION, BANK_ACCOUNT_VERIFYING, AMOUNT_VERIFICATION, AMOUNT_VERIFICATION_LOCKED, SIGNING,
    ACTIVE, REJECTED;

    TenpayAccountStatus ours() {
        return switch (this) {
            case REGISTERED -> TenpayAccountStatus.SUBMITTED;
            case DOCUMENT_REVIEW -> TenpayAccountStatus.DOCUMENT_REVIEW;
            case ACTIVATION, BANK_ACCOUNT_VERIFYING -> TenpayAccountStatus.ACTIVATION;
            case AMOUNT_VERIFICATION, AMOUNT_VERIFICATION_LOCKED -> TenpayAccountStatus.AMOUNT_VERIFICATION;
            case SIGNING -> TenpayAccountStatus.SIGNING;
            case ACTIVE -> TenpayAccountStatus.ACTIVE;
            case REJECTED -> TenpayAccountStatus.REJECTED;
        };
    }
}
