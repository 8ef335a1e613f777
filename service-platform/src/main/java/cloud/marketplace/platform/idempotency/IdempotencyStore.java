package cloud.marketplace.platform.idempotency;

import cloud.marketplace.platform.persistence.DbTime;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Idempotency keys and the responses kept for them, in the service's own database. Claiming is
 * one {@code INSERT IGNORE}: of parallel requests with one key exactly one wins.
 */
class IdempotencyStore {

    /** A claim older than this is taken to belong to a request that died; it may be claimed again. */
    private static final Duration ABANDONED_AFTER = Duration.ofMinutes(2);

    private final JdbcClient jdbc;
    private final Clock clock;

    IdempotencyStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Claims the key for this request; answers the earlier request's record when the key was claimed before. */
    Optional<StoredResponse> claim(String scope, String key, String fingerprint) {
        jdbc.sql("DELETE FROM idempotency_key WHERE scope = :scope AND idem_key = :key AND state = 'IN_PROGRESS' AND created_at < :stale")
                .param("scope", scope).param("key", key)
                .param("stale", DbTime.utc(clock.instant().minus(ABANDONED_AFTER)))
                .update();
        int claimed = jdbc.sql("""
                INSERT IGNORE INTO idempotency_key (scope, idem_key, fingerprint, state, created_at)
                VALUES (:scope, :key, :fingerprint, 'IN_PROGRESS', :now)""")
                .param("scope", scope).param("key", key).param("fingerprint", fingerprint)
                .param("now", DbTime.utc(clock.instant()))
                .update();
        if (claimed == 1) {
            return Optional.empty();
        }
        return jdbc.sql("""
                SELECT fingerprint, state, response_status, content_type, location, response_body
                FROM idempotency_key WHERE scope = :scope AND idem_key = :key""")
                .param("scope", scope).param("key", key)
                .query((rs, n) -> new StoredResponse(rs.getString("fingerprint"),
                        StoredResponse.State.valueOf(rs.getString("state")), rs.getInt("response_status"),
                        rs.getString("content_type"), rs.getString("location"), rs.getBytes("response_body")))
                .optional()
                // released between our insert and this read: let the client retry
                .or(() -> Optional.of(new StoredResponse(fingerprint, StoredResponse.State.IN_PROGRESS, 0, null, null, null)));
    }

    void complete(String scope, String key, StoredResponse response) {
        jdbc.sql("""
                UPDATE idempotency_key SET state = 'DONE', response_status = :status, content_type = :contentType,
                       location = :location, response_body = :body, completed_at = :now
                WHERE scope = :scope AND idem_key = :key""")
                .param("status", response.status()).param("contentType", response.contentType())
                .param("location", response.location()).param("body", response.body())
                .param("now", DbTime.utc(clock.instant()))
                .param("scope", scope).param("key", key)
                .update();
    }

    void release(String scope, String key) {
        jdbc.sql("DELETE FROM idempotency_key WHERE scope = :scope AND idem_key = :key")
                .param("scope", scope).param("key", key).update();
    }

    static String fingerprint(String method, String path, byte[] body) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update((method + " " + path + "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
