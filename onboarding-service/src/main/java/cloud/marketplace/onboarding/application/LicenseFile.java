package cloud.marketplace.onboarding.application;

import java.time.Instant;

/** The business licence e-copy attached to an application (its bytes are read only when served). */
public record LicenseFile(String mediaType, long sizeBytes, String sha256, Instant uploadedAt) {
}
