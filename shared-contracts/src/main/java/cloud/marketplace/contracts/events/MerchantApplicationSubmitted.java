package cloud.marketplace.contracts.events;

import java.time.Instant;

/** A provider submitted a merchant application on one channel to the partner. */
public record MerchantApplicationSubmitted(
        String eventId,
        Instant occurredAt,
        int schemaVersion,
        String providerId,
        String applicationId,
        MerchantChannel channel,
        Instant submittedAt) implements IntegrationEvent {

    public static final int SCHEMA_VERSION = 1;

    public MerchantApplicationSubmitted {
        Require.envelope(eventId, occurredAt, schemaVersion);
        Require.text(providerId, "providerId");
        Require.text(applicationId, "applicationId");
        Require.present(channel, "channel");
        Require.present(submittedAt, "submittedAt");
    }

    public static MerchantApplicationSubmitted of(Instant occurredAt, String providerId, String applicationId,
            MerchantChannel channel, Instant submittedAt) {
        return new MerchantApplicationSubmitted(Require.newEventId(), occurredAt, SCHEMA_VERSION, providerId, applicationId,
                channel, submittedAt);
    }

    @Override
    public String partitionKey() {
        return providerId;
    }
}
