package cloud.marketplace.billing.payment;

import cloud.marketplace.platform.persistence.DbTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PaymentRepository {

    private static final String COLUMNS = """
            id, provider_id, method, amount_fen, status, pay_url, channel_transaction_id, failure,
            created_at, expires_at, paid_at, closed_at""";
    private static final RowMapper<DepositPayment> ROW = (rs, n) -> new DepositPayment(rs.getString("id"),
            rs.getString("provider_id"), PaymentMethod.valueOf(rs.getString("method")), rs.getLong("amount_fen"),
            PaymentStatus.valueOf(rs.getString("status")), rs.getString("pay_url"), rs.getString("channel_transaction_id"),
            rs.getString("failure"), DbTime.instant(rs, "created_at"), DbTime.instant(rs, "expires_at"),
            DbTime.instant(rs, "paid_at"), DbTime.instant(rs, "closed_at"));

    private final JdbcClient jdbc;

    PaymentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(DepositPayment payment) {
        jdbc.sql("""
                INSERT INTO deposit_payment (id, provider_id, method, amount_fen, status, created_at, expires_at)
                VALUES (:id, :provider, :method, :amount, :status, :created, :expires)""")
                .param("id", payment.id()).param("provider", payment.providerId())
                .param("method", payment.method().name()).param("amount", payment.amountFen())
                .param("status", payment.status().name()).param("created", DbTime.utc(payment.createdAt()))
                .param("expires", DbTime.utc(payment.expiresAt()))
                .update();
    }

    Optional<DepositPayment> find(String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM deposit_payment WHERE id = :id").param("id", id).query(ROW).optional();
    }

    Optional<DepositPayment> lock(String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM deposit_payment WHERE id = :id FOR UPDATE")
                .param("id", id).query(ROW).optional();
    }

    Optional<DepositPayment> findPending(String providerId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM deposit_payment WHERE pending_provider = :provider")
                .param("provider", providerId).query(ROW).optional();
    }

    List<DepositPayment> pendingDue(Instant at, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM deposit_payment WHERE status = 'PENDING' AND expires_at <= :at ORDER BY expires_at LIMIT :limit")
                .param("at", DbTime.utc(at)).param("limit", limit).query(ROW).list();
    }

    List<DepositPayment> page(String providerId, long offset, int size) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM deposit_payment WHERE provider_id = :provider ORDER BY created_at DESC, id LIMIT :size OFFSET :offset")
                .param("provider", providerId).param("size", size).param("offset", offset).query(ROW).list();
    }

    long count(String providerId) {
        return jdbc.sql("SELECT COUNT(*) FROM deposit_payment WHERE provider_id = :provider")
                .param("provider", providerId).query(Long.class).single();
    }

    void attachPayUrl(String id, String payUrl) {
        jdbc.sql("UPDATE deposit_payment SET pay_url = :url, version = version + 1 WHERE id = :id")
                .param("url", payUrl).param("id", id).update();
    }

    void markPaid(String id, String transactionId, Instant paidAt) {
        jdbc.sql("""
                UPDATE deposit_payment SET status = 'PAID', channel_transaction_id = :transaction, paid_at = :at,
                       version = version + 1
                WHERE id = :id""")
                .param("transaction", transactionId).param("at", DbTime.utc(paidAt)).param("id", id).update();
    }

    /** Ends a payment that is still pending; answers whether it was. */
    boolean close(String id, PaymentStatus status, String failure, Instant at) {
        return jdbc.sql("""
                UPDATE deposit_payment SET status = :status, failure = :failure, closed_at = :at, version = version + 1
                WHERE id = :id AND status = 'PENDING'""")
                .param("status", status.name()).param("failure", failure).param("at", DbTime.utc(at)).param("id", id)
                .update() == 1;
    }

    /** Keeps a verified notification's nonce; false when the nonce was seen before (a replay). */
    boolean recordNotification(PaymentMethod channel, String nonce, ChannelNotification notification, Instant at) {
        return jdbc.sql("""
                INSERT IGNORE INTO payment_notification (channel, nonce, payment_id, amount_fen, verdict, received_at)
                VALUES (:channel, :nonce, :payment, :amount, 'RECEIVED', :at)""")
                .param("channel", channel.name()).param("nonce", nonce).param("payment", notification.paymentId())
                .param("amount", notification.amountFen()).param("at", DbTime.utc(at))
                .update() == 1;
    }

    void notificationVerdict(PaymentMethod channel, String nonce, NotificationVerdict verdict) {
        jdbc.sql("UPDATE payment_notification SET verdict = :verdict WHERE channel = :channel AND nonce = :nonce")
                .param("verdict", verdict.name()).param("channel", channel.name()).param("nonce", nonce).update();
    }
}
