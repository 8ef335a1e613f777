package cloud.marketplace.contracts.events;

import java.time.Instant;

/**
 * A merchant account became active: buyers can pay the provider on this channel.
 * {@code merchantId} is the partner's sub-merchant id (特约商户号 / 商企付 account).
 */
public record MerchantActivated(
        String eventId,
        Instant occurredAt,
        int schemaVersion,
        String providerId,
        String applicationId,
        MerchantChannel channel,
        String merchantId,
        Instant activatedAt) implements IntegrationEvent {

    public static final int SCHEMA_VERSION = 1;

    public MerchantActivated {
        Require.envelope(eventId, occurredAt, schemaVersion);
        Require.text(providerId, "providerId");
        Require.text(applicationId, "applicationId");
        Require.present(channel, "channel");
        Require.text(merchantId, "merchantId");
        Require.present(activatedAt, "activatedAt");
    }

    public static MerchantActivated of(Instant occurredAt, String providerId, String applicationId, MerchantChannel channel,
            String merchantId, Instant activatedAt) {
        return new MerchantActivated(Require.newEventId(), occurredAt, SCHEMA_VERSION, providerId, applicationId, channel,
                merchantId, activatedAt);
    }

    @Override
    public String partitionKey() {
        return providerId;
    }
}
