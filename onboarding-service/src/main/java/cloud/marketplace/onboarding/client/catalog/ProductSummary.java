package cloud.marketplace.onboarding.client.catalog;

/** How many products the provider has, how many are listed and how many are under review. */
public record ProductSummary(String providerId, long total, long listed, long underReview) {
}
