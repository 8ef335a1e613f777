package cloud.marketplace.contracts.events;

import java.time.Instant;
import java.util.List;

/** The partner rejected a merchant application, with its reasons per field. */
public record MerchantApplicationRejected(
        String eventId,
        Instant occurredAt,
        int schemaVersion,
        String providerId,
        String applicationId,
        MerchantChannel channel,
        List<FieldReason> reasons,
        Instant rejectedAt) implements IntegrationEvent {

    public static final int SCHEMA_VERSION = 1;

    public MerchantApplicationRejected {
        Require.envelope(eventId, occurredAt, schemaVersion);
        Require.text(providerId, "providerId");
        Require.text(applicationId, "applicationId");
        Require.present(channel, "channel");
        reasons = Require.nonEmpty(reasons, "reasons");
        Require.present(rejectedAt, "rejectedAt");
    }

    public static MerchantApplicationRejected of(Instant occurredAt, String providerId, String applicationId,
            MerchantChannel channel, List<FieldReason> reasons, Instant rejectedAt) {
        return new MerchantApplicationRejected(Require.newEventId(), occurredAt, SCHEMA_VERSION, providerId, applicationId,
                channel, reasons, rejectedAt);
    }

    @Override
    public String partitionKey() {
        return providerId;
    }
}
