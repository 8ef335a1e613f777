package cloud.marketplace.onboarding.store;

/** DRAFT → SUBMITTED → PUBLISHED | REJECTED; a published revision is SUPERSEDED when a newer one is published. */
public enum StoreRevisionStatus {
    DRAFT, SUBMITTED, PUBLISHED, REJECTED, SUPERSEDED
}
