package cloud.marketplace.merchant.client.onboarding;

import java.util.List;

/** An approved provider as onboarding-service describes it. */
public record OnboardingProvider(String providerId, String companyName, String creditCode, String businessLicenseNumber,
                                 String legalRepresentativeName, List<Long> approvedCategoryIds) {
}
