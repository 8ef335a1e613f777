package cloud.marketplace.merchant.wechat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Our states of a WeChat Pay merchant application (DESIGN §3.2). */
public enum WechatApplicationStatus {
    DRAFT, SUBMITTED, ACCOUNT_VERIFICATION, SIGNING, ACTIVE, REJECTED, FROZEN, CANCELED;

    static final Set<WechatApplicationStatus> EDITABLE = EnumSet.of(DRAFT, REJECTED);
    /** While the partner moves the application, its state is polled. */
    static final List<String> POLLED = List.of(SUBMITTED.name(), ACCOUNT_VERIFICATION.name(), SIGNING.name(), FROZEN.name());

    public boolean editable() {
        return EDITABLE.contains(this);
    }

    boolean polled() {
        return POLLED.contains(name());
    }
}
