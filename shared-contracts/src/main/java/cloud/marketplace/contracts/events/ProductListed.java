package cloud.marketplace.contracts.events;

import java.time.Instant;

/** An operator approved a product: it is listed (上架) and can be bought. */
public record ProductListed(
        String eventId,
        Instant occurredAt,
        int schemaVersion,
        String providerId,
        String productId,
        long categoryId,
        String name,
        Instant listedAt) implements IntegrationEvent {

    public static final int SCHEMA_VERSION = 1;

    public ProductListed {
        Require.envelope(eventId, occurredAt, schemaVersion);
        Require.text(providerId, "providerId");
        Require.text(productId, "productId");
        Require.atLeast(categoryId, 1, "categoryId");
        Require.text(name, "name");
        Require.present(listedAt, "listedAt");
    }

    public static ProductListed of(Instant occurredAt, String providerId, String productId, long categoryId, String name,
            Instant listedAt) {
        return new ProductListed(Require.newEventId(), occurredAt, SCHEMA_VERSION, providerId, productId, categoryId, name,
                listedAt);
    }

    @Override
    public String partitionKey() {
        return providerId;
    }
}
