package cloud.marketplace.billing.deposit;

import cloud.marketplace.platform.persistence.DbTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class DepositRepository {

    private static final String ACCOUNT_COLUMNS = "provider_id, required_fen, paid_fen, status, status_since, opened_at, version";
    private static final RowMapper<DepositAccount> ACCOUNT = (rs, n) -> new DepositAccount(rs.getString("provider_id"),
            rs.getLong("required_fen"), rs.getLong("paid_fen"), DepositStatus.valueOf(rs.getString("status")),
            DbTime.instant(rs, "status_since"), DbTime.instant(rs, "opened_at"), rs.getInt("version"));
    private static final String TIER_COLUMNS = "id, amount_fen, effective_from, applied_at, created_at, created_by";
    private static final RowMapper<DepositTier> TIER = (rs, n) -> new DepositTier(rs.getLong("id"), rs.getLong("amount_fen"),
            DbTime.instant(rs, "effective_from"), DbTime.instant(rs, "applied_at"), DbTime.instant(rs, "created_at"),
            rs.getString("created_by"));

    private final JdbcClient jdbc;

    DepositRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<DepositAccount> find(String providerId) {
        return jdbc.sql("SELECT " + ACCOUNT_COLUMNS + " FROM deposit_account WHERE provider_id = :id")
                .param("id", providerId).query(ACCOUNT).optional();
    }

    Optional<DepositAccount> lock(String providerId) {
        return jdbc.sql("SELECT " + ACCOUNT_COLUMNS + " FROM deposit_account WHERE provider_id = :id FOR UPDATE")
                .param("id", providerId).query(ACCOUNT).optional();
    }

    List<DepositAccount> lockAll() {
        return jdbc.sql("SELECT " + ACCOUNT_COLUMNS + " FROM deposit_account ORDER BY provider_id FOR UPDATE")
                .query(ACCOUNT).list();
    }

    /** @return whether the account was opened now (false: it existed) */
    boolean insert(DepositAccount account) {
        return jdbc.sql("""
                INSERT IGNORE INTO deposit_account (provider_id, required_fen, paid_fen, status, status_since, opened_at)
                VALUES (:id, :required, :paid, :status, :since, :opened)""")
                .param("id", account.providerId()).param("required", account.requiredFen())
                .param("paid", account.paidFen()).param("status", account.status().name())
                .param("since", DbTime.utc(account.statusSince())).param("opened", DbTime.utc(account.openedAt()))
                .update() == 1;
    }

    void update(DepositAccount account) {
        int updated = jdbc.sql("""
                UPDATE deposit_account SET required_fen = :required, paid_fen = :paid, status = :status,
                       status_since = :since, version = version + 1
                WHERE provider_id = :id AND version = :version""")
                .param("required", account.requiredFen()).param("paid", account.paidFen())
                .param("status", account.status().name()).param("since", DbTime.utc(account.statusSince()))
                .param("id", account.providerId()).param("version", account.version())
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("deposit account " + account.providerId() + " changed meanwhile");
        }
    }

    /** The tier in force at an instant: the latest already effective (the later entry wins on the same instant). */
    DepositTier tierInForce(Instant at) {
        return jdbc.sql("SELECT " + TIER_COLUMNS + " FROM deposit_tier WHERE effective_from <= :at ORDER BY effective_from DESC, id DESC LIMIT 1")
                .param("at", DbTime.utc(at)).query(TIER).single();
    }

    List<DepositTier> tiers() {
        return jdbc.sql("SELECT " + TIER_COLUMNS + " FROM deposit_tier ORDER BY effective_from DESC, id DESC").query(TIER).list();
    }

    List<DepositTier> dueUnapplied(Instant at) {
        return jdbc.sql("SELECT " + TIER_COLUMNS + " FROM deposit_tier WHERE applied_at IS NULL AND effective_from <= :at ORDER BY effective_from, id FOR UPDATE")
                .param("at", DbTime.utc(at)).query(TIER).list();
    }

    DepositTier insertTier(long amountFen, Instant effectiveFrom, Instant createdAt, String createdBy) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO deposit_tier (amount_fen, effective_from, created_at, created_by)
                VALUES (:amount, :from, :at, :by)""")
                .param("amount", amountFen).param("from", DbTime.utc(effectiveFrom))
                .param("at", DbTime.utc(createdAt)).param("by", createdBy)
                .update(keys);
        return new DepositTier(keys.getKey().longValue(), amountFen, effectiveFrom, null, createdAt, createdBy);
    }

    void markApplied(List<DepositTier> tiers, Instant at) {
        jdbc.sql("UPDATE deposit_tier SET applied_at = :at WHERE id IN (:ids)")
                .param("at", DbTime.utc(at)).param("ids", tiers.stream().map(DepositTier::id).toList())
                .update();
    }

    Optional<LegacyDeposit> legacyDeposit(String providerId) {
        return jdbc.sql("SELECT provider_id, paid_fen, paid_on FROM legacy_deposit WHERE provider_id = :id")
                .param("id", providerId)
                .query((rs, n) -> new LegacyDeposit(rs.getString("provider_id"), rs.getLong("paid_fen"),
                        rs.getObject("paid_on", LocalDate.class)))
                .optional();
    }

    void insertLegacy(LegacyDeposit deposit, Instant at, String by) {
        jdbc.sql("""
                INSERT INTO legacy_deposit (provider_id, paid_fen, paid_on, imported_at, imported_by)
                VALUES (:id, :paid, :on, :at, :by)""")
                .param("id", deposit.providerId()).param("paid", deposit.paidFen()).param("on", deposit.paidOn())
                .param("at", DbTime.utc(at)).param("by", by)
                .update();
    }
}
