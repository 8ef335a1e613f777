package cloud.marketplace.contracts.events;

import java.time.Instant;

/**
 * A listed product was delisted (下架), by the provider or by an operator. {@code delistedBy} is
 * the acting account (the token subject); {@code reason} is absent when none was given.
 */
public record ProductDelisted(
        String eventId,
        Instant occurredAt,
        int schemaVersion,
        String providerId,
        String productId,
        String reason,
        String delistedBy,
        Instant delistedAt) implements IntegrationEvent {

    public static final int SCHEMA_VERSION = 1;

    public ProductDelisted {
        Require.envelope(eventId, occurredAt, schemaVersion);
        Require.text(providerId, "providerId");
        Require.text(productId, "productId");
        Require.optionalText(reason, "reason");
        Require.text(delistedBy, "delistedBy");
        Require.present(delistedAt, "delistedAt");
    }

    public static ProductDelisted of(Instant occurredAt, String providerId, String productId, String reason,
            String delistedBy, Instant delistedAt) {
        return new ProductDelisted(Require.newEventId(), occurredAt, SCHEMA_VERSION, providerId, productId, reason,
                delistedBy, delistedAt);
    }

    @Override
    public String partitionKey() {
        return providerId;
    }
}
