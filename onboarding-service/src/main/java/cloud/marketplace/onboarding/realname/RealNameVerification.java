package cloud.marketplace.onboarding.realname;

import java.time.Instant;

/** The provider's real-name status as the partner last answered it. */
public record RealNameVerification(String providerId, RealNameStatus status, String companyName, String creditCode,
                                   String legalRepresentativeName, String reason, Instant checkedAt) {

    public boolean verified() {
        return status == RealNameStatus.VERIFIED;
    }
}
