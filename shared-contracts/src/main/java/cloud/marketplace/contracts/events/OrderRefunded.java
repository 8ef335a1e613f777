package cloud.marketplace.contracts.events;

import java.time.Instant;

/**
 * The marketplace's order system refunded (part of) a completed order; billing reverses its
 * commission in proportion. Several partial refunds of one order are several events.
 */
public record OrderRefunded(
        String eventId,
        Instant occurredAt,
        int schemaVersion,
        String orderId,
        String providerId,
        long refundFen,
        Instant refundedAt) implements IntegrationEvent {

    public static final int SCHEMA_VERSION = 1;

    public OrderRefunded {
        Require.envelope(eventId, occurredAt, schemaVersion);
        Require.text(orderId, "orderId");
        Require.text(providerId, "providerId");
        Require.positiveFen(refundFen, "refundFen");
        Require.present(refundedAt, "refundedAt");
    }

    public static OrderRefunded of(Instant occurredAt, String orderId, String providerId, long refundFen,
            Instant refundedAt) {
        return new OrderRefunded(Require.newEventId(), occurredAt, SCHEMA_VERSION, orderId, providerId, refundFen, refundedAt);
    }

    @Override
    public String partitionKey() {
        return providerId;
    }
}
