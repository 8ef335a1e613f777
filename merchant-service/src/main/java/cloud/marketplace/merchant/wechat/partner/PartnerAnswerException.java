package cloud.marketplace.merchant.wechat.partner;

import cloud.marketplace.merchant.partner.PartnerFailure;
import java.io.IOException;

/** Carries our verdict on an answer out through WxJava, which wraps whatever its HTTP client throws. */
class PartnerAnswerException extends IOException {

    private final transient PartnerFailure failure;

    PartnerAnswerException(PartnerFailure failure) {
        super(failure.getMessage());
        this.failure = failure;
    }

    PartnerFailure failure() {
        return failure;
    }
}
