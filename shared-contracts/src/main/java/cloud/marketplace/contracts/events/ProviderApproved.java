package cloud.marketplace.contracts.events;

import java.time.Instant;
import java.util.List;

/**
 * An operator approved a provider's application: the provider is let in and may sell in the
 * approved level-1 categories. Merchant, catalog and billing start their part of the journey here.
 */
public record ProviderApproved(
        String eventId,
        Instant occurredAt,
        int schemaVersion,
        String providerId,
        String applicationId,
        String companyName,
        String creditCode,
        String businessLicenseNumber,
        List<Long> approvedCategoryIds,
        Instant approvedAt,
        String approvedBy) implements IntegrationEvent {

    public static final int SCHEMA_VERSION = 1;

    public ProviderApproved {
        Require.envelope(eventId, occurredAt, schemaVersion);
        Require.text(providerId, "providerId");
        Require.text(applicationId, "applicationId");
        Require.text(companyName, "companyName");
        Require.creditCode(creditCode, "creditCode");
        Require.text(businessLicenseNumber, "businessLicenseNumber");
        approvedCategoryIds = Require.categoryIds(approvedCategoryIds, "approvedCategoryIds");
        Require.present(approvedAt, "approvedAt");
        Require.text(approvedBy, "approvedBy");
    }

    /** {@code approvedBy} is the operator's account (the token subject). */
    public static ProviderApproved of(Instant occurredAt, String providerId, String applicationId, String companyName,
            String creditCode, String businessLicenseNumber, List<Long> approvedCategoryIds, Instant approvedAt,
            String approvedBy) {
        return new ProviderApproved(Require.newEventId(), occurredAt, SCHEMA_VERSION, providerId, applicationId, companyName,
                creditCode, businessLicenseNumber, approvedCategoryIds, approvedAt, approvedBy);
    }

    @Override
    public String partitionKey() {
        return providerId;
    }
}
