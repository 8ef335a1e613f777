package cloud.marketplace.onboarding.application;

/** DRAFT → SUBMITTED → APPROVED | REJECTED; REJECTED → DRAFT when the provider edits to resubmit. */
public enum ApplicationStatus {
    DRAFT, SUBMITTED, APPROVED, REJECTED
}
