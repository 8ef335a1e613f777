package cloud.marketplace.merchant.provider;

import java.time.Instant;
import java.util.List;

/** A provider onboarding approved, with the company data its {@code ProviderApproved} event carried. */
public record ApprovedProvider(String providerId, String applicationId, String companyName, String creditCode,
                               String businessLicenseNumber, List<Long> approvedCategoryIds, Instant approvedAt) {
}
