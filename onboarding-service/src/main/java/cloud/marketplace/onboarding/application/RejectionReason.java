package cloud.marketplace.onboarding.application;

/** Why a reviewer refused one field of the application. */
public record RejectionReason(String field, String reason) {
}
