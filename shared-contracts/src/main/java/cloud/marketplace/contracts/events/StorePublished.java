package cloud.marketplace.contracts.events;

import java.time.Instant;

/** An operator approved a revision of the provider's store profile, which is now the one shown. */
public record StorePublished(
        String eventId,
        Instant occurredAt,
        int schemaVersion,
        String providerId,
        String storeName,
        int revision,
        Instant publishedAt) implements IntegrationEvent {

    public static final int SCHEMA_VERSION = 1;

    public StorePublished {
        Require.envelope(eventId, occurredAt, schemaVersion);
        Require.text(providerId, "providerId");
        Require.text(storeName, "storeName");
        Require.atLeast(revision, 1, "revision");
        Require.present(publishedAt, "publishedAt");
    }

    public static StorePublished of(Instant occurredAt, String providerId, String storeName, int revision,
            Instant publishedAt) {
        return new StorePublished(Require.newEventId(), occurredAt, SCHEMA_VERSION, providerId, storeName, revision,
                publishedAt);
    }

    @Override
    public String partitionKey() {
        return providerId;
    }
}
