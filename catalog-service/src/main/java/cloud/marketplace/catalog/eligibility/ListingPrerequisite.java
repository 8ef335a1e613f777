package cloud.marketplace.catalog.eligibility;

/** The steps a provider must have completed before it can submit a product for listing, in journey order. */
public enum ListingPrerequisite {
    PROVIDER_APPROVED,
    MERCHANT_ACTIVE,
    DEPOSIT_PAID,
    STORE_PUBLISHED
}
