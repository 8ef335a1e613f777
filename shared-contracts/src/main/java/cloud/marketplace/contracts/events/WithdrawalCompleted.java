package cloud.marketplace.contracts.events;

import java.time.Instant;

/** A withdrawal of the provider's earnings was paid out to its settlement account. */
public record WithdrawalCompleted(
        String eventId,
        Instant occurredAt,
        int schemaVersion,
        String providerId,
        String withdrawalId,
        long amountFen,
        Instant completedAt) implements IntegrationEvent {

    public static final int SCHEMA_VERSION = 1;

    public WithdrawalCompleted {
        Require.envelope(eventId, occurredAt, schemaVersion);
        Require.text(providerId, "providerId");
        Require.text(withdrawalId, "withdrawalId");
        Require.positiveFen(amountFen, "amountFen");
        Require.present(completedAt, "completedAt");
    }

    public static WithdrawalCompleted of(Instant occurredAt, String providerId, String withdrawalId, long amountFen,
            Instant completedAt) {
        return new WithdrawalCompleted(Require.newEventId(), occurredAt, SCHEMA_VERSION, providerId, withdrawalId, amountFen,
                completedAt);
    }

    @Override
    public String partitionKey() {
        return providerId;
    }
}
