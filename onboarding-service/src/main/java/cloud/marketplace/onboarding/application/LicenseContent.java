package cloud.marketplace.onboarding.application;

/** The licence e-copy's bytes, as checked and stored. */
public record LicenseContent(String mediaType, String sha256, byte[] bytes) {
}
