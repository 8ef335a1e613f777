package cloud.marketplace.merchant.polling;

import cloud.marketplace.merchant.partner.PartnerFailure;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One round of polling a partner for the rows of one table that this instance could claim:
 * each row is asked about once; a failure backs that row off; a 429 backs it off by the
 * partner's Retry-After, gives the rest of the round back and pauses this instance's polling
 * of that partner until then.
 */
public final class PollingRound {

    private static final Logger log = LoggerFactory.getLogger(PollingRound.class);

    /** Asks the partner about one claimed row and records the answer; says whether the row changed. */
    @FunctionalInterface
    public interface RowPoll {
        boolean poll(String id);
    }

    private final String partner;
    private final String table;
    private final PollClaims claims;
    private final Clock clock;
    private final AtomicReference<Instant> pausedUntil = new AtomicReference<>(Instant.MIN);

    public PollingRound(String partner, String table, PollClaims claims, Clock clock) {
        this.partner = partner;
        this.table = table;
        this.claims = claims;
        this.clock = clock;
    }

    /** Polls the due rows in the given states; answers how many were brought up to date. */
    public int run(Collection<String> polledStatuses, RowPoll rowPoll) {
        if (clock.instant().isBefore(pausedUntil.get())) {
            return 0;
        }
        List<String> claimed = claims.claim(table, polledStatuses);
        int updated = 0;
        for (int i = 0; i < claimed.size(); i++) {
            String id = claimed.get(i);
            try {
                if (rowPoll.poll(id)) {
                    updated++;
                }
            } catch (PartnerFailure.RateLimited limited) {
                Instant resume = claims.failed(table, id, limited.retryAfter());
                pausedUntil.set(clock.instant().plus(limited.retryAfter()));
                claims.giveBack(table, claimed.subList(i + 1, claimed.size()));
                log.warn("{} asked to slow down; polling paused until {} ({} next at {})", partner, pausedUntil.get(), id, resume);
                break;
            } catch (RuntimeException e) {
                Instant next = claims.failed(table, id, null);
                log.warn("Polling {} for {} failed ({}); next try at {}", partner, id, e.getMessage(), next);
            }
        }
        return updated;
    }
}
