package cloud.marketplace.merchant.partner;

import cloud.marketplace.platform.web.ProblemException;
import java.time.Duration;

/** How a failed partner call answers the provider who caused it. */
public final class PartnerProblems {

    public static ProblemException of(String partner, PartnerFailure failure) {
        return switch (failure) {
            case PartnerFailure.Refused refused -> ProblemException.unprocessable("partner-refused",
                    partner + " refused the request: " + refused.getMessage()).with("partnerCode", refused.code());
            case PartnerFailure.RateLimited limited -> ProblemException.unavailable(partner, limited.retryAfter());
            case PartnerFailure.Untrusted untrusted -> ProblemException.unavailable(partner, Duration.ofSeconds(30));
            case PartnerFailure.Unavailable unavailable -> ProblemException.unavailable(partner, Duration.ofSeconds(30));
        };
    }

    private PartnerProblems() {
    }
}
