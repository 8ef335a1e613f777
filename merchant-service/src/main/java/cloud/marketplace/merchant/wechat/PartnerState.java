package cloud.marketplace.merchant.wechat;

/** WeChat Pay's {@code applyment_state} values of the 电商收付通 applyment API. */
public enum PartnerState {
    CHECKING, ACCOUNT_NEED_VERIFY, AUDITING, REJECTED, NEED_SIGN, FINISH, FROZEN, CANCELED;

    WechatApplicationStatus ours() {
        return switch (this) {
            case CHECKING, AUDITING -> WechatApplicationStatus.SUBMITTED;
            case ACCOUNT_NEED_VERIFY -> WechatApplicationStatus.ACCOUNT_VERIFICATION;
            case NEED_SIGN -> WechatApplicationStatus.SIGNING;
            case FINISH -> WechatApplicationStatus.ACTIVE;
            case REJECTED -> WechatApplicationStatus.REJECTED;
            case FROZEN -> WechatApplicationStatus.FROZEN;
            case CANCELED -> WechatApplicationStatus.CANCELED;
        };
    }
}
