package cloud.marketplace.sandbox.tenpay;

/** An account's state in the Tenpay contract (merchant-service/TENPAY-CONTRACT.md). */
public enum TenpayState {
    REGISTERED("等待超级管理员扫码确认"), DOCUMENT_REVIEW("资料审核中"), ACTIVATION("待激活：请填写对公银行账户"),
    BANK_ACCOUNT_VERIFYING("银行账户验证中"), AMOUNT_VERIFICATION("等待填写打款金额"),
    AMOUNT_VERIFICATION_LOCKED("打款验证已锁定：请重新提交银行账户"), SIGNING("待签署协议"), ACTIVE("已激活"), REJECTED("已驳回");

    private final String description;

    TenpayState(String description) {
        this.description = description;
    }

    String description() {
        return description;
    }

    /** The next happy-path step Tenpay takes by itself; null where it waits for the provider (or is done). */
    TenpayState next() {
        return switch (this) {
            case REGISTERED -> DOCUMENT_REVIEW;
            case DOCUMENT_REVIEW -> ACTIVATION;
            case BANK_ACCOUNT_VERIFYING -> AMOUNT_VERIFICATION;
            case SIGNING -> ACTIVE;
            case ACTIVATION, AMOUNT_VERIFICATION, AMOUNT_VERIFICATION_LOCKED, ACTIVE, REJECTED -> null;
        };
    }
}
