package cloud.marketplace.merchant.provider;

import cloud.marketplace.merchant.form.Company;
import cloud.marketplace.platform.documents.ImageDocument;

/** What a merchant form is pre-filled with: the approved company and its licence e-copy. */
public record ProviderProfile(String providerId, Company company, ImageDocument businessLicense) {
}
