package cloud.marketplace.merchant.polling;

import cloud.marketplace.platform.persistence.DbTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out due rows of a polled table to one instance at a time, whatever the number of
 * instances: due rows are locked with {@code FOR UPDATE SKIP LOCKED} (another instance skips
 * them) and marked with a lease (owner and expiry) in one short transaction; the partner is
 * called after commit, without a transaction; the result is applied only by the lease holder.
 * A lease left by a crashed instance expires and the row is claimed again.
 */
public class PollClaims {

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final PollingSettings settings;
    private final String owner;

    public PollClaims(JdbcClient jdbc, TransactionTemplate transaction, Clock clock, PollingSettings settings, String owner) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
        this.settings = settings;
        this.owner = owner;
    }

    public String owner() {
        return owner;
    }

    /** Claims up to a batch of due rows of {@code table} in one of {@code statuses}. */
    public List<String> claim(String table, Collection<String> statuses) {
        return transaction.execute(status -> {
            Instant now = clock.instant();
            List<String> ids = jdbc.sql("SELECT id FROM " + table + " " + """
                     WHERE status IN (:statuses) AND next_poll_at <= :now
                       AND (poll_lease_until IS NULL OR poll_lease_until < :now)
                     ORDER BY next_poll_at LIMIT :batch FOR UPDATE SKIP LOCKED""")
                    .param("statuses", statuses).param("now", DbTime.utc(now)).param("batch", settings.batchSize())
                    .query(String.class).list();
            if (!ids.isEmpty()) {
                jdbc.sql("UPDATE " + table + " SET poll_lease_owner = :owner, poll_lease_until = :until WHERE id IN (:ids)")
                        .param("owner", owner).param("until", DbTime.utc(now.plus(settings.lease()))).param("ids", ids)
                        .update();
            }
            return ids;
        });
    }

    /**
     * Ends this instance's lease after a successful poll, inside the transaction that applies
     * the result; false if the lease was lost (then nothing may be applied).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean release(String table, String id, boolean pollAgain) {
        Instant now = clock.instant();
        return jdbc.sql("UPDATE " + table + " " + """
                 SET poll_lease_owner = NULL, poll_lease_until = NULL, poll_failures = 0, next_poll_at = :next
                 WHERE id = :id AND poll_lease_owner = :owner""")
                .param("next", pollAgain ? DbTime.utc(now.plus(settings.every())) : null)
                .param("id", id).param("owner", owner)
                .update() == 1;
    }

    /** After an error: back off exponentially, and at least as long as the partner asked ({@code Retry-After}). */
    public Instant failed(String table, String id, Duration retryAfter) {
        return transaction.execute(status -> {
            Integer failures = jdbc.sql("SELECT poll_failures FROM " + table + " WHERE id = :id AND poll_lease_owner = :owner FOR UPDATE")
                    .param("id", id).param("owner", owner).query(Integer.class).optional().orElse(null);
            if (failures == null) {
                return null;
            }
            Duration delay = settings.backoff(failures + 1);
            if (retryAfter != null && retryAfter.compareTo(delay) > 0) {
                delay = retryAfter;
            }
            Instant next = clock.instant().plus(delay);
            jdbc.sql("UPDATE " + table + " " + """
                     SET poll_lease_owner = NULL, poll_lease_until = NULL, poll_failures = poll_failures + 1, next_poll_at = :next
                     WHERE id = :id AND poll_lease_owner = :owner""")
                    .param("next", DbTime.utc(next)).param("id", id).param("owner", owner).update();
            return next;
        });
    }

    /** Lets go of rows claimed but not polled (the partner asked us to pause): they are due again at once. */
    public void giveBack(String table, Collection<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        transaction.executeWithoutResult(status -> jdbc.sql("UPDATE " + table
                        + " SET poll_lease_owner = NULL, poll_lease_until = NULL WHERE id IN (:ids) AND poll_lease_owner = :owner")
                .param("ids", ids).param("owner", owner).update());
    }
}
