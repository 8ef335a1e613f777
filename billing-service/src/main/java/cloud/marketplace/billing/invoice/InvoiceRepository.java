package cloud.marketplace.billing.invoice;

import cloud.marketplace.platform.persistence.DbTime;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class InvoiceRepository {

    private static final String COLUMNS =
            "id, provider_id, month, fee_fen, status, requested_at, issued_at, issued_by, invoice_number, version";
    private static final RowMapper<CommissionInvoice> ROW = (rs, n) -> new CommissionInvoice(rs.getString("id"),
            rs.getString("provider_id"), YearMonth.parse(rs.getString("month")), rs.getLong("fee_fen"),
            InvoiceStatus.valueOf(rs.getString("status")), DbTime.instant(rs, "requested_at"),
            DbTime.instant(rs, "issued_at"), rs.getString("issued_by"), rs.getString("invoice_number"), rs.getInt("version"));

    private final JdbcClient jdbc;

    InvoiceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(CommissionInvoice invoice) {
        jdbc.sql("""
                INSERT INTO commission_invoice (id, provider_id, month, fee_fen, status, requested_at)
                VALUES (:id, :provider, :month, :fee, :status, :at)""")
                .param("id", invoice.id()).param("provider", invoice.providerId()).param("month", invoice.month().toString())
                .param("fee", invoice.feeFen()).param("status", invoice.status().name())
                .param("at", DbTime.utc(invoice.requestedAt()))
                .update();
    }

    Optional<CommissionInvoice> find(String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM commission_invoice WHERE id = :id").param("id", id).query(ROW).optional();
    }

    Optional<CommissionInvoice> find(String providerId, YearMonth month) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM commission_invoice WHERE provider_id = :provider AND month = :month")
                .param("provider", providerId).param("month", month.toString()).query(ROW).optional();
    }

    List<CommissionInvoice> page(String providerId, InvoiceStatus status, long offset, int size) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM commission_invoice WHERE (:provider IS NULL OR provider_id = :provider)"
                        + " AND (:status IS NULL OR status = :status) ORDER BY requested_at DESC, id LIMIT :size OFFSET :offset")
                .param("provider", providerId).param("status", status == null ? null : status.name())
                .param("size", size).param("offset", offset).query(ROW).list();
    }

    long count(String providerId, InvoiceStatus status) {
        return jdbc.sql("SELECT COUNT(*) FROM commission_invoice WHERE (:provider IS NULL OR provider_id = :provider)"
                        + " AND (:status IS NULL OR status = :status)")
                .param("provider", providerId).param("status", status == null ? null : status.name())
                .query(Long.class).single();
    }

    void issue(CommissionInvoice invoice, String invoiceNumber, String by, Instant at) {
        int updated = jdbc.sql("""
                UPDATE commission_invoice SET status = 'ISSUED', invoice_number = :number, issued_by = :by, issued_at = :at,
                       version = version + 1
                WHERE id = :id AND version = :version""")
                .param("number", invoiceNumber).param("by", by).param("at", DbTime.utc(at))
                .param("id", invoice.id()).param("version", invoice.version())
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("invoice " + invoice.id() + " changed meanwhile");
        }
    }
}
