package cloud.marketplace.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The reference: the same ledger rows written straight into a copy of billing's ledger table
 * (same columns, same indexes) with a JDBC batch, one commit per {@value #BATCH} rows.
 */
final class BareInsert {

    static final int BATCH = 1000;
    private static final Duration REVIEW_WINDOW = Duration.ofDays(7);

    /** @return the seconds the insert took */
    static double run(String jdbcUrl, String table, List<OrderEvents.Order> orders) throws SQLException {
        try (Connection db = DriverManager.getConnection(jdbcUrl, "root", "")) {
            try (Statement ddl = db.createStatement()) {
                ddl.execute("DROP TABLE IF EXISTS " + table);
                ddl.execute("CREATE TABLE " + table + " LIKE ledger_entry");
            }
            db.setAutoCommit(false);
            Timestamp recordedAt = utc(Instant.now());
            long start = System.nanoTime();
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO " + table + """
                     (provider_id, kind, order_id, order_key, product_id, gross_fen, fee_fen, net_fen, rate_basis_points,
                      occurred_at, available_at, event_id, withdrawal_id, recorded_at)
                    VALUES (?, 'ORDER', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)""")) {
                int pending = 0;
                for (OrderEvents.Order order : orders) {
                    insert.setString(1, order.providerId());
                    insert.setString(2, order.orderId());
                    insert.setString(3, order.orderId());
                    insert.setString(4, order.productId());
                    insert.setLong(5, order.amountFen());
                    insert.setLong(6, order.feeFen());
                    insert.setLong(7, order.shareFen());
                    insert.setInt(8, OrderEvents.FEE_BASIS_POINTS);
                    insert.setTimestamp(9, utc(order.completedAt()));
                    insert.setTimestamp(10, utc(order.completedAt().plus(REVIEW_WINDOW)));
                    insert.setString(11, order.eventId());
                    insert.setTimestamp(12, recordedAt);
                    insert.addBatch();
                    if (++pending == BATCH) {
                        insert.executeBatch();
                        db.commit();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    insert.executeBatch();
                    db.commit();
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            try (Statement check = db.createStatement(); var rows = check.executeQuery("SELECT COUNT(*) FROM " + table)) {
                rows.next();
                if (rows.getLong(1) != orders.size()) {
                    throw new IllegalStateException(table + " has " + rows.getLong(1) + " rows, expected " + orders.size());
                }
            }
            return seconds;
        }
    }

    private static Timestamp utc(Instant instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    private BareInsert() {
    }
}
