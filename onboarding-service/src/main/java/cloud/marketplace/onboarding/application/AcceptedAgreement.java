package cloud.marketplace.onboarding.application;

import java.time.Instant;

/** An agreement the provider accepted, in the version it was shown, and when. */
public record AcceptedAgreement(String code, String version, Instant acceptedAt) {
}
