package cloud.marketplace.contracts.events;

import java.time.Instant;

/**
 * The platform took its fee on a completed order: {@code feeFen} at {@code rateBasisPoints}
 * (1000 = 10%), and the rest, {@code providerShareFen}, was credited to the provider.
 */
public record CommissionCharged(
        String eventId,
        Instant occurredAt,
        int schemaVersion,
        String providerId,
        String orderId,
        String productId,
        long orderAmountFen,
        long feeFen,
        long providerShareFen,
        int rateBasisPoints,
        Instant completedAt) implements IntegrationEvent {

    public static final int SCHEMA_VERSION = 1;
    static final int ALL_BASIS_POINTS = 10_000;

    public CommissionCharged {
        Require.envelope(eventId, occurredAt, schemaVersion);
        Require.text(providerId, "providerId");
        Require.text(orderId, "orderId");
        Require.text(productId, "productId");
        Require.fen(orderAmountFen, "orderAmountFen");
        Require.fen(feeFen, "feeFen");
        Require.fen(providerShareFen, "providerShareFen");
        if (feeFen + providerShareFen != orderAmountFen) {
            throw new IllegalArgumentException("feeFen + providerShareFen must be orderAmountFen ("
                    + orderAmountFen + "), was " + feeFen + " + " + providerShareFen);
        }
        Require.atLeast(rateBasisPoints, 0, "rateBasisPoints");
        if (rateBasisPoints > ALL_BASIS_POINTS) {
            throw new IllegalArgumentException("rateBasisPoints must be at most 10000, was " + rateBasisPoints);
        }
        Require.present(completedAt, "completedAt");
    }

    /** {@code completedAt} is when the order completed (the instant the fee belongs to, for statements). */
    public static CommissionCharged of(Instant occurredAt, String providerId, String orderId, String productId,
            long orderAmountFen, long feeFen, long providerShareFen, int rateBasisPoints, Instant completedAt) {
        return new CommissionCharged(Require.newEventId(), occurredAt, SCHEMA_VERSION, providerId, orderId, productId,
                orderAmountFen, feeFen, providerShareFen, rateBasisPoints, completedAt);
    }

    @Override
    public String partitionKey() {
        return providerId;
    }
}
