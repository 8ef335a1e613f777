package cloud.marketplace.contracts.events;

import java.time.Instant;
import java.util.List;

/**
 * A provider submitted its application (申请入驻) for review, or resubmitted it after a
 * rejection ({@code revision} counts the submissions of the same application).
 */
public record ProviderApplicationSubmitted(
        String eventId,
        Instant occurredAt,
        int schemaVersion,
        String providerId,
        String applicationId,
        int revision,
        String companyName,
        String creditCode,
        List<Long> categoryIds,
        Instant submittedAt) implements IntegrationEvent {

    public static final int SCHEMA_VERSION = 1;

    public ProviderApplicationSubmitted {
        Require.envelope(eventId, occurredAt, schemaVersion);
        Require.text(providerId, "providerId");
        Require.text(applicationId, "applicationId");
        Require.atLeast(revision, 1, "revision");
        Require.text(companyName, "companyName");
        Require.creditCode(creditCode, "creditCode");
        categoryIds = Require.categoryIds(categoryIds, "categoryIds");
        Require.present(submittedAt, "submittedAt");
    }

    public static ProviderApplicationSubmitted of(Instant occurredAt, String providerId, String applicationId, int revision,
            String companyName, String creditCode, List<Long> categoryIds, Instant submittedAt) {
        return new ProviderApplicationSubmitted(Require.newEventId(), occurredAt, SCHEMA_VERSION, providerId, applicationId,
                revision, companyName, creditCode, categoryIds, submittedAt);
    }

    @Override
    public String partitionKey() {
        return providerId;
    }
}
