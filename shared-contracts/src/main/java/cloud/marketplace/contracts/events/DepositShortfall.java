package cloud.marketplace.contracts.events;

import java.time.Instant;

/**
 * The provider's deposit is below the tier in force (a legacy deposit, or a raised tier) since
 * {@code since}: withdrawals are blocked until it tops up {@code shortfallFen}.
 */
public record DepositShortfall(
        String eventId,
        Instant occurredAt,
        int schemaVersion,
        String providerId,
        long requiredFen,
        long paidFen,
        long shortfallFen,
        Instant since) implements IntegrationEvent {

    public static final int SCHEMA_VERSION = 1;

    public DepositShortfall {
        Require.envelope(eventId, occurredAt, schemaVersion);
        Require.text(providerId, "providerId");
        Require.fen(requiredFen, "requiredFen");
        Require.fen(paidFen, "paidFen");
        Require.positiveFen(shortfallFen, "shortfallFen");
        if (shortfallFen != requiredFen - paidFen) {
            throw new IllegalArgumentException("shortfallFen must be requiredFen - paidFen ("
                    + (requiredFen - paidFen) + "), was " + shortfallFen);
        }
        Require.present(since, "since");
    }

    public static DepositShortfall of(Instant occurredAt, String providerId, long requiredFen, long paidFen,
            long shortfallFen, Instant since) {
        return new DepositShortfall(Require.newEventId(), occurredAt, SCHEMA_VERSION, providerId, requiredFen, paidFen,
                shortfallFen, since);
    }

    @Override
    public String partitionKey() {
        return providerId;
    }
}
