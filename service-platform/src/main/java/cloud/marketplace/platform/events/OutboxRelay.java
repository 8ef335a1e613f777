package cloud.marketplace.platform.events;

import cloud.marketplace.contracts.events.CloudEventHeaders;
import cloud.marketplace.platform.persistence.DbTime;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers stored events to Kafka in the order they were stored. One relay works at a time
 * across all instances of a service (a row lock on {@code outbox_relay_lock}, skipped by the
 * others), so per-key order holds with several instances. It sends a batch, waits for the
 * broker's acknowledgements, and only then marks the rows sent: delivery is at least once,
 * and consumers drop duplicates by event id.
 */
public class OutboxRelay implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate readCommitted;
    private final KafkaTemplate<String, String> kafka;
    private final OutboxProperties properties;
    private final String source;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("outbox-relay").daemon().factory());
    private final AtomicBoolean wakeRequested = new AtomicBoolean();

    OutboxRelay(JdbcClient jdbc, TransactionTemplate readCommitted, KafkaTemplate<String, String> kafka,
                OutboxProperties properties, String source, Clock clock) {
        this.jdbc = jdbc;
        this.readCommitted = readCommitted;
        this.kafka = kafka;
        this.properties = properties;
        this.source = source;
        this.clock = clock;
    }

    /** Called on a schedule, and right after a transaction that stored events commits. */
    public void relayPending() {
        int sent;
        do {
            sent = relayBatch();
        } while (sent == properties.batchSize());
    }

    void wakeAfterCommit() {
        if (!TransactionSynchronizationManager.isSynchronizationActive() || wakeRequested.getAndSet(true)) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                wakeRequested.set(false);
                if (status == STATUS_COMMITTED) {
                    worker.execute(OutboxRelay.this::relayQuietly);
                }
            }
        });
    }

    void relayQuietly() {
        try {
            relayPending();
        } catch (RuntimeException e) {
            log.warn("Outbox relay failed; it will retry: {}", e.toString());
        }
    }

    private int relayBatch() {
        Integer sent = readCommitted.execute(status -> {
            boolean relayLockHeld = !jdbc.sql("SELECT id FROM outbox_relay_lock WHERE id = 1 FOR UPDATE SKIP LOCKED")
                    .query(Long.class).list().isEmpty();
            if (!relayLockHeld) {
                return 0;
            }
            List<PendingEvent> batch = jdbc.sql("""
                    SELECT id, event_id, event_type, topic, event_key, occurred_at, payload
                    FROM outbox_event WHERE sent_at IS NULL ORDER BY id LIMIT :limit""")
                    .param("limit", properties.batchSize())
                    .query((rs, n) -> new PendingEvent(rs.getLong("id"), rs.getString("event_id"),
                            rs.getString("event_type"), rs.getString("topic"), rs.getString("event_key"),
                            DbTime.instant(rs, "occurred_at"), rs.getString("payload")))
                    .list();
            return batch.isEmpty() ? 0 : send(batch);
        });
        return sent == null ? 0 : sent;
    }

    private int send(List<PendingEvent> batch) {
        List<CompletableFuture<?>> acks = new ArrayList<>(batch.size());
        for (PendingEvent event : batch) {
            try {
                acks.add(kafka.send(record(event)));
            } catch (RuntimeException e) {
                acks.add(CompletableFuture.failedFuture(e));
                break;
            }
        }
        int delivered = 0;
        String failure = null;
        for (CompletableFuture<?> ack : acks) {
            try {
                ack.get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
                delivered++;
            } catch (Exception e) {
                failure = e instanceof java.util.concurrent.ExecutionException ? String.valueOf(e.getCause()) : e.toString();
                break;
            }
        }
        if (delivered > 0) {
            jdbc.sql("UPDATE outbox_event SET sent_at = :now WHERE id IN (:ids)")
                    .param("now", DbTime.utc(clock.instant()))
                    .param("ids", batch.subList(0, delivered).stream().map(PendingEvent::id).toList())
                    .update();
        }
        if (failure != null) {
            PendingEvent stuck = batch.get(delivered);
            jdbc.sql("UPDATE outbox_event SET attempts = attempts + 1, last_error = :error WHERE id = :id")
                    .param("error", failure.length() > 1000 ? failure.substring(0, 1000) : failure)
                    .param("id", stuck.id())
                    .update();
            log.warn("Kafka did not acknowledge event {} ({}); {} pending event(s) will be retried: {}",
                    stuck.eventId(), stuck.type(), batch.size() - delivered, failure);
        }
        return failure == null ? delivered : 0;
    }

    private ProducerRecord<String, String> record(PendingEvent event) {
        ProducerRecord<String, String> record = new ProducerRecord<>(event.topic(), event.key(), event.payload());
        header(record, CloudEventHeaders.ID, event.eventId());
        header(record, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        header(record, CloudEventHeaders.TYPE, event.type());
        header(record, CloudEventHeaders.SOURCE, source);
        header(record, CloudEventHeaders.TIME, DateTimeFormatter.ISO_INSTANT.format(event.occurredAt()));
        header(record, CloudEventHeaders.SUBJECT, event.key());
        header(record, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        return record;
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }

    private record PendingEvent(long id, String eventId, String type, String topic, String key, Instant occurredAt,
                                String payload) {
    }
}
