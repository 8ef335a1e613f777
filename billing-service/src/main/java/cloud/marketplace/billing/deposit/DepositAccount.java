package cloud.marketplace.billing.deposit;

import cloud.marketplace.contracts.events.DepositPaid;
import cloud.marketplace.contracts.events.DepositShortfall;
import cloud.marketplace.contracts.events.IntegrationEvent;
import java.time.Instant;
import java.util.Optional;

/**
 * A provider's deposit (保证金): what the tier in force requires, what was paid, and the status
 * that follows. Changes return the event they cause: {@link DepositPaid} when the account reaches
 * the tier, {@link DepositShortfall} when it falls below it (or the shortfall grows with the tier).
 */
public record DepositAccount(String providerId, long requiredFen, long paidFen, DepositStatus status, Instant statusSince,
                             Instant openedAt, int version) {

    static DepositAccount open(String providerId, long requiredFen, Instant at) {
        return new DepositAccount(providerId, requiredFen, 0, DepositStatus.of(requiredFen, 0), at, at, 0);
    }

    public long shortfallFen() {
        return Math.max(0, requiredFen - paidFen);
    }

    public boolean atTier() {
        return status == DepositStatus.PAID;
    }

    /** Money received: a channel payment or an imported legacy deposit. */
    Change credit(long fen, Instant at) {
        if (fen <= 0) {
            throw new IllegalArgumentException("a deposit credit must be positive, was " + fen);
        }
        return become(requiredFen, Math.addExact(paidFen, fen), at);
    }

    /** The tier in force changed. */
    Change requireTier(long tierFen, Instant at) {
        return become(tierFen, paidFen, at);
    }

    private Change become(long required, long paid, Instant at) {
        DepositStatus next = DepositStatus.of(required, paid);
        Instant since = next == status ? statusSince : at;
        DepositAccount after = new DepositAccount(providerId, required, paid, next, since, openedAt, version);
        Optional<IntegrationEvent> event = switch (next) {
            case PAID -> status == DepositStatus.PAID ? Optional.empty()
                    : Optional.of(DepositPaid.of(at, providerId, required, paid, at));
            case SHORTFALL -> status == DepositStatus.SHORTFALL && required == requiredFen ? Optional.empty()
                    : Optional.of(DepositShortfall.of(at, providerId, required, paid, required - paid, since));
            case UNPAID -> Optional.empty();
        };
        return new Change(this, after, event);
    }

    record Change(DepositAccount before, DepositAccount after, Optional<IntegrationEvent> event) {

        boolean changed() {
            return before.requiredFen != after.requiredFen || before.paidFen != after.paidFen;
        }
    }
}
