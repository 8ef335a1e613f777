package cloud.marketplace.contracts.events;

import java.time.Instant;

/**
 * The marketplace's order system completed an order ({@code amountFen} is the amount actually
 * paid). Produced outside this system; billing charges the platform fee on it.
 */
public record OrderCompleted(
        String eventId,
        Instant occurredAt,
        int schemaVersion,
        String orderId,
        String providerId,
        String productId,
        long amountFen,
        Instant completedAt) implements IntegrationEvent {

    public static final int SCHEMA_VERSION = 1;

    public OrderCompleted {
        Require.envelope(eventId, occurredAt, schemaVersion);
        Require.text(orderId, "orderId");
        Require.text(providerId, "providerId");
        Require.text(productId, "productId");
        Require.fen(amountFen, "amountFen");
        Require.present(completedAt, "completedAt");
    }

    public static OrderCompleted of(Instant occurredAt, String orderId, String providerId, String productId, long amountFen,
            Instant completedAt) {
        return new OrderCompleted(Require.newEventId(), occurredAt, SCHEMA_VERSION, orderId, providerId, productId, amountFen,
                completedAt);
    }

    @Override
    public String partitionKey() {
        return providerId;
    }
}
