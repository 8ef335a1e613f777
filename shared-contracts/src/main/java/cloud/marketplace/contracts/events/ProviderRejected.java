package cloud.marketplace.contracts.events;

import java.time.Instant;
import java.util.List;

/** An operator rejected a provider's application, with a reason per field. */
public record ProviderRejected(
        String eventId,
        Instant occurredAt,
        int schemaVersion,
        String providerId,
        String applicationId,
        List<FieldReason> reasons,
        Instant rejectedAt,
        String rejectedBy) implements IntegrationEvent {

    public static final int SCHEMA_VERSION = 1;

    public ProviderRejected {
        Require.envelope(eventId, occurredAt, schemaVersion);
        Require.text(providerId, "providerId");
        Require.text(applicationId, "applicationId");
        reasons = Require.nonEmpty(reasons, "reasons");
        Require.present(rejectedAt, "rejectedAt");
        Require.text(rejectedBy, "rejectedBy");
    }

    public static ProviderRejected of(Instant occurredAt, String providerId, String applicationId, List<FieldReason> reasons,
            Instant rejectedAt, String rejectedBy) {
        return new ProviderRejected(Require.newEventId(), occurredAt, SCHEMA_VERSION, providerId, applicationId, reasons,
                rejectedAt, rejectedBy);
    }

    @Override
    public String partitionKey() {
        return providerId;
    }
}
