package cloud.marketplace.billing.ledger;

import cloud.marketplace.platform.persistence.DbTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class LedgerRepository {

    /** Rows per multi-row INSERT: well under the 65,535 placeholders a statement may have. */
    private static final int ROWS_PER_STATEMENT = 1000;
    private static final String ENTRY_COLUMNS = """
            provider_id, kind, order_id, order_key, product_id, gross_fen, fee_fen, net_fen, rate_basis_points,
            occurred_at, available_at, event_id, withdrawal_id, recorded_at""";
    private static final String ENTRY_ROW = "(?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    private static final RowMapper<LedgerEntry> ENTRY = (rs, n) -> new LedgerEntry(rs.getString("provider_id"),
            EntryKind.valueOf(rs.getString("kind")), rs.getString("order_id"), rs.getString("product_id"),
            rs.getLong("gross_fen"), rs.getLong("fee_fen"), rs.getLong("net_fen"),
            rs.getObject("rate_basis_points", Integer.class), DbTime.instant(rs, "occurred_at"),
            DbTime.instant(rs, "available_at"), rs.getString("event_id"), rs.getString("withdrawal_id"));

    private final JdbcClient jdbc;

    LedgerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Which of these events were processed before (by this consumer or the platform's inbox). */
    Set<String> processedAmong(Collection<String> eventIds) {
        if (eventIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("SELECT event_id FROM processed_event WHERE event_id IN (:ids)")
                .param("ids", eventIds).query(String.class).list());
    }

    /**
     * Marks events processed, in the caller's transaction. A plain INSERT: an id processed
     * meanwhile by another consumer fails the whole transaction, so nothing is applied twice.
     */
    void markProcessed(Map<String, String> typeByEventId, Instant at) {
        List<Map.Entry<String, String>> rows = new ArrayList<>(typeByEventId.entrySet());
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            List<Map.Entry<String, String>> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
            List<Object> params = new ArrayList<>(chunk.size() * 3);
            for (Map.Entry<String, String> row : chunk) {
                params.add(row.getKey());
                params.add(row.getValue());
                params.add(DbTime.utc(at));
            }
            jdbc.sql("INSERT INTO processed_event (event_id, event_type, processed_at) VALUES "
                    + String.join(",", java.util.Collections.nCopies(chunk.size(), "(?,?,?)")))
                    .params(params).update();
        }
    }

    /** Which of these orders were charged already. */
    Set<String> chargedAmong(Collection<String> orderIds) {
        if (orderIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("SELECT order_key FROM ledger_entry WHERE order_key IN (:ids)")
                .param("ids", orderIds).query(String.class).list());
    }

    void insertAll(List<LedgerEntry> entries, Instant recordedAt) {
        for (int from = 0; from < entries.size(); from += ROWS_PER_STATEMENT) {
            List<LedgerEntry> chunk = entries.subList(from, Math.min(entries.size(), from + ROWS_PER_STATEMENT));
            List<Object> params = new ArrayList<>(chunk.size() * 14);
            for (LedgerEntry entry : chunk) {
                params.add(entry.providerId());
                params.add(entry.kind().name());
                params.add(entry.orderId());
                params.add(entry.kind() == EntryKind.ORDER ? entry.orderId() : null);
                params.add(entry.productId());
                params.add(entry.grossFen());
                params.add(entry.feeFen());
                params.add(entry.netFen());
                params.add(entry.rateBasisPoints());
                params.add(DbTime.utc(entry.occurredAt()));
                params.add(DbTime.utc(entry.availableAt()));
                params.add(entry.eventId());
                params.add(entry.withdrawalId());
                params.add(DbTime.utc(recordedAt));
            }
            jdbc.sql("INSERT INTO ledger_entry (" + ENTRY_COLUMNS + ") VALUES "
                    + String.join(",", java.util.Collections.nCopies(chunk.size(), ENTRY_ROW)))
                    .params(params).update();
        }
    }

    /** The order's charge, locked: its refunds are computed one at a time. */
    Optional<LedgerEntry> lockOrder(String orderId) {
        return jdbc.sql("SELECT " + ENTRY_COLUMNS + " FROM ledger_entry WHERE order_key = :id FOR UPDATE")
                .param("id", orderId).query(ENTRY).optional();
    }

    /** What was refunded of an order so far, as positive amounts: {refunded, fee given back}. */
    long[] refundedOf(String orderId) {
        return jdbc.sql("""
                SELECT COALESCE(-SUM(gross_fen), 0) AS refunded, COALESCE(-SUM(fee_fen), 0) AS fee
                FROM ledger_entry WHERE order_id = :id AND kind = 'REFUND'""")
                .param("id", orderId)
                .query((rs, n) -> new long[] {rs.getLong("refunded"), rs.getLong("fee")})
                .single();
    }

    Balance balance(String providerId, Instant now) {
        return jdbc.sql("""
                SELECT COALESCE(SUM(CASE WHEN available_at > :now THEN net_fen END), 0) AS pending,
                       COALESCE(SUM(CASE WHEN available_at <= :now THEN net_fen END), 0) AS withdrawable
                FROM ledger_entry WHERE provider_id = :provider""")
                .param("now", DbTime.utc(now)).param("provider", providerId)
                .query((rs, n) -> new Balance(providerId, rs.getLong("pending"), rs.getLong("withdrawable")))
                .single();
    }

    /** Count and sums of each kind of movement of a provider in [from, until). */
    Map<EntryKind, Statement.Totals> totals(String providerId, Instant from, Instant until) {
        return jdbc.sql("""
                SELECT kind, COUNT(*) AS n, SUM(gross_fen) AS gross, SUM(fee_fen) AS fee, SUM(net_fen) AS net
                FROM ledger_entry WHERE provider_id = :provider AND occurred_at >= :from AND occurred_at < :until
                GROUP BY kind""")
                .param("provider", providerId).param("from", DbTime.utc(from)).param("until", DbTime.utc(until))
                .query((rs, n) -> Map.entry(EntryKind.valueOf(rs.getString("kind")), new Statement.Totals(rs.getLong("n"),
                        rs.getLong("gross"), rs.getLong("fee"), rs.getLong("net"))))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Locks the provider's ledger for a withdrawal (created on first use). */
    void lockAccount(String providerId, Instant now) {
        jdbc.sql("INSERT IGNORE INTO ledger_account (provider_id, created_at) VALUES (:provider, :now)")
                .param("provider", providerId).param("now", DbTime.utc(now)).update();
        jdbc.sql("SELECT provider_id FROM ledger_account WHERE provider_id = :provider FOR UPDATE")
                .param("provider", providerId).query(String.class).single();
    }
}
