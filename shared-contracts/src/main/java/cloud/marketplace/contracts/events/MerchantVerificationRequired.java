package cloud.marketplace.contracts.events;

import java.time.Instant;

/**
 * A merchant application waits for the provider: a remittance, a micro-deposit amount, or the
 * signing. {@code deadline} is absent when the partner sets none.
 */
public record MerchantVerificationRequired(
        String eventId,
        Instant occurredAt,
        int schemaVersion,
        String providerId,
        String applicationId,
        MerchantChannel channel,
        MerchantVerificationKind kind,
        Instant deadline) implements IntegrationEvent {

    public static final int SCHEMA_VERSION = 1;

    public MerchantVerificationRequired {
        Require.envelope(eventId, occurredAt, schemaVersion);
        Require.text(providerId, "providerId");
        Require.text(applicationId, "applicationId");
        Require.present(channel, "channel");
        Require.present(kind, "kind");
    }

    public static MerchantVerificationRequired of(Instant occurredAt, String providerId, String applicationId,
            MerchantChannel channel, MerchantVerificationKind kind, Instant deadline) {
        return new MerchantVerificationRequired(Require.newEventId(), occurredAt, SCHEMA_VERSION, providerId, applicationId,
                channel, kind, deadline);
    }

    @Override
    public String partitionKey() {
        return providerId;
    }
}
