package cloud.marketplace.contracts.events;

import java.time.Instant;

/** The provider's paid deposit reached the tier in force: products may be listed, earnings withdrawn. */
public record DepositPaid(
        String eventId,
        Instant occurredAt,
        int schemaVersion,
        String providerId,
        long requiredFen,
        long paidFen,
        Instant paidAt) implements IntegrationEvent {

    public static final int SCHEMA_VERSION = 1;

    public DepositPaid {
        Require.envelope(eventId, occurredAt, schemaVersion);
        Require.text(providerId, "providerId");
        Require.fen(requiredFen, "requiredFen");
        Require.fen(paidFen, "paidFen");
        if (paidFen < requiredFen) {
            throw new IllegalArgumentException(
                    "paidFen must reach requiredFen, was " + paidFen + " of " + requiredFen);
        }
        Require.present(paidAt, "paidAt");
    }

    public static DepositPaid of(Instant occurredAt, String providerId, long requiredFen, long paidFen, Instant paidAt) {
        return new DepositPaid(Require.newEventId(), occurredAt, SCHEMA_VERSION, providerId, requiredFen, paidFen, paidAt);
    }

    @Override
    public String partitionKey() {
        return providerId;
    }
}
