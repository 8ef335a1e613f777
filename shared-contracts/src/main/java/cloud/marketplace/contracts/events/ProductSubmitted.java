package cloud.marketplace.contracts.events;

import java.time.Instant;

/** A provider submitted a product for review (it passed the listing gate). */
public record ProductSubmitted(
        String eventId,
        Instant occurredAt,
        int schemaVersion,
        String providerId,
        String productId,
        long categoryId,
        String name,
        Instant submittedAt) implements IntegrationEvent {

    public static final int SCHEMA_VERSION = 1;

    public ProductSubmitted {
        Require.envelope(eventId, occurredAt, schemaVersion);
        Require.text(providerId, "providerId");
        Require.text(productId, "productId");
        Require.atLeast(categoryId, 1, "categoryId");
        Require.text(name, "name");
        Require.present(submittedAt, "submittedAt");
    }

    public static ProductSubmitted of(Instant occurredAt, String providerId, String productId, long categoryId, String name,
            Instant submittedAt) {
        return new ProductSubmitted(Require.newEventId(), occurredAt, SCHEMA_VERSION, providerId, productId, categoryId, name,
                submittedAt);
    }

    @Override
    public String partitionKey() {
        return providerId;
    }
}
