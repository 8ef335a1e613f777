package cloud.marketplace.sandbox.wechatpay;

/** {@code applyment_state} of the 电商收付通 applyment API. */
public enum ApplymentState {
    CHECKING("资料校验中"), AUDITING("审核中"), ACCOUNT_NEED_VERIFY("待账户验证"), NEED_SIGN("待签约"), FINISH("完成"),
    REJECTED("已驳回"), FROZEN("已冻结"), CANCELED("已作废");

    private final String description;

    ApplymentState(String description) {
        this.description = description;
    }

    String description() {
        return description;
    }

    /** The next state of the happy path; null where the path ends or waits on someone else. */
    ApplymentState next() {
        return switch (this) {
            case CHECKING -> AUDITING;
            case AUDITING -> ACCOUNT_NEED_VERIFY;
            case ACCOUNT_NEED_VERIFY -> NEED_SIGN;
            case NEED_SIGN -> FINISH;
            case FINISH, REJECTED, FROZEN, CANCELED -> null;
        };
    }
}
