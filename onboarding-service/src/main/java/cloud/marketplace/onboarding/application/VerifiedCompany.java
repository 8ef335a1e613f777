package cloud.marketplace.onboarding.application;

import cloud.marketplace.onboarding.realname.RealNameVerification;
import java.util.Optional;

/** The company as real-name verification confirmed it; copied onto the application, never typed. */
public record VerifiedCompany(String companyName, String creditCode, String legalRepresentativeName) {

    static Optional<VerifiedCompany> of(Optional<RealNameVerification> current) {
        return current.filter(RealNameVerification::verified)
                .map(v -> new VerifiedCompany(v.companyName(), v.creditCode(), v.legalRepresentativeName()));
    }
}
