package cloud.marketplace.platform.events;

import cloud.marketplace.contracts.events.CloudEventHeaders;
import cloud.marketplace.contracts.events.EventType;
import cloud.marketplace.contracts.events.EventTypes;
import cloud.marketplace.contracts.events.IntegrationEvent;
import cloud.marketplace.platform.persistence.DbTime;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Receives an event from Kafka exactly once in effect: the event id is remembered in
 * {@code processed_event} in the same transaction as the handler's effect, so a redelivered
 * event changes nothing. A record that cannot be read (no {@code ce_type}, bad JSON) is a
 * {@link PoisonMessageException}: it goes to the dead-letter topic without retries.
 */
public class Inbox {

    private static final Logger log = LoggerFactory.getLogger(Inbox.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final JsonMapper json;
    private final Clock clock;

    Inbox(JdbcClient jdbc, TransactionTemplate transaction, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Reads the record and, if its event was not processed before, runs the handler in a
     * transaction with the processed mark. Events of types this service does not know are
     * skipped.
     *
     * @return whether the handler ran
     */
    public boolean receive(ConsumerRecord<String, String> record, Consumer<IntegrationEvent> handler) {
        Optional<IntegrationEvent> read = read(record);
        if (read.isEmpty()) {
            return false;
        }
        IntegrationEvent event = read.get();
        return Boolean.TRUE.equals(transaction.execute(status -> {
            int inserted = jdbc.sql("INSERT IGNORE INTO processed_event (event_id, event_type, processed_at) VALUES (:id, :type, :at)")
                    .param("id", event.eventId())
                    .param("type", EventTypes.of(event.getClass()).name())
                    .param("at", DbTime.utc(clock.instant()))
                    .update();
            if (inserted == 0) {
                log.debug("Skipping event {} already processed", event.eventId());
                return false;
            }
            handler.accept(event);
            return true;
        }));
    }

    Optional<IntegrationEvent> read(ConsumerRecord<String, String> record) {
        String typeName = header(record, CloudEventHeaders.TYPE);
        if (typeName == null) {
            throw new PoisonMessageException("record without " + CloudEventHeaders.TYPE + " header at " + position(record));
        }
        Optional<EventType<?>> type = EventTypes.named(typeName);
        if (type.isEmpty()) {
            log.debug("Ignoring event of unknown type {} at {}", typeName, position(record));
            return Optional.empty();
        }
        if (record.value() == null) {
            throw new PoisonMessageException("record without a value at " + position(record));
        }
        try {
            return Optional.of(json.readValue(record.value(), type.get().javaType()));
        } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
            throw new PoisonMessageException("unreadable " + typeName + " at " + position(record) + ": " + e.getMessage(), e);
        }
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static String position(ConsumerRecord<?, ?> record) {
        return record.topic() + "-" + record.partition() + "@" + record.offset();
    }
}
