package cloud.marketplace.billing.withdrawal;

import cloud.marketplace.contracts.events.MerchantChannel;
import cloud.marketplace.platform.persistence.DbTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class WithdrawalRepository {

    private static final String COLUMNS = """
            id, provider_id, amount_fen, status, channel, merchant_id, bank_name, account_name, account_number_masked,
            payout_reference, failure, requested_at, completed_at""";
    private static final RowMapper<Withdrawal> ROW = (rs, n) -> new Withdrawal(rs.getString("id"),
            rs.getString("provider_id"), rs.getLong("amount_fen"), WithdrawalStatus.valueOf(rs.getString("status")),
            MerchantChannel.valueOf(rs.getString("channel")), rs.getString("merchant_id"), rs.getString("bank_name"),
            rs.getString("account_name"), rs.getString("account_number_masked"), rs.getString("payout_reference"),
            rs.getString("failure"), DbTime.instant(rs, "requested_at"), DbTime.instant(rs, "completed_at"));

    private final JdbcClient jdbc;

    WithdrawalRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Withdrawal w) {
        jdbc.sql("""
                INSERT INTO withdrawal (id, provider_id, amount_fen, status, channel, merchant_id, bank_name, account_name,
                                        account_number_masked, requested_at)
                VALUES (:id, :provider, :amount, :status, :channel, :merchant, :bank, :name, :number, :at)""")
                .param("id", w.id()).param("provider", w.providerId()).param("amount", w.amountFen())
                .param("status", w.status().name()).param("channel", w.channel().name()).param("merchant", w.merchantId())
                .param("bank", w.bankName()).param("name", w.accountName()).param("number", w.accountNumberMasked())
                .param("at", DbTime.utc(w.requestedAt()))
                .update();
    }

    Optional<Withdrawal> find(String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM withdrawal WHERE id = :id").param("id", id).query(ROW).optional();
    }

    Optional<Withdrawal> lock(String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM withdrawal WHERE id = :id FOR UPDATE").param("id", id).query(ROW).optional();
    }

    List<Withdrawal> processingBefore(Instant before, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM withdrawal WHERE status = 'PROCESSING' AND requested_at < :before ORDER BY requested_at LIMIT :limit")
                .param("before", DbTime.utc(before)).param("limit", limit).query(ROW).list();
    }

    List<Withdrawal> page(String providerId, long offset, int size) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM withdrawal WHERE provider_id = :provider ORDER BY requested_at DESC, id LIMIT :size OFFSET :offset")
                .param("provider", providerId).param("size", size).param("offset", offset).query(ROW).list();
    }

    long count(String providerId) {
        return jdbc.sql("SELECT COUNT(*) FROM withdrawal WHERE provider_id = :provider")
                .param("provider", providerId).query(Long.class).single();
    }

    void finish(String id, WithdrawalStatus status, String reference, String failure, Instant at) {
        jdbc.sql("""
                UPDATE withdrawal SET status = :status, payout_reference = :reference, failure = :failure,
                       completed_at = :at, version = version + 1
                WHERE id = :id AND status = 'PROCESSING'""")
                .param("status", status.name()).param("reference", reference).param("failure", failure)
                .param("at", DbTime.utc(at)).param("id", id)
                .update();
    }
}
