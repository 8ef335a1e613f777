package cloud.marketplace.platform.events;

import cloud.marketplace.contracts.events.EventType;
import cloud.marketplace.contracts.events.EventTypes;
import cloud.marketplace.contracts.events.IntegrationEvent;
import cloud.marketplace.platform.persistence.DbTime;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes an event by storing it in the same database transaction as the state change it
 * reports; {@link OutboxRelay} delivers it to Kafka after commit. A rollback publishes nothing,
 * and a broker that is down loses nothing.
 */
public class Outbox {

    private static final int ROWS_PER_STATEMENT = 1000;
    private static final int COLUMNS = 7;

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final OutboxRelay relay;

    Outbox(JdbcClient jdbc, JsonMapper json, Clock clock, OutboxRelay relay) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.relay = relay;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void publish(IntegrationEvent event) {
        publishAll(List.of(event));
    }

    /** Stores a whole batch of events in multi-row inserts, for consumers that apply events in batches. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void publishAll(List<? extends IntegrationEvent> events) {
        LocalDateTime createdAt = DbTime.utc(clock.instant());
        for (int from = 0; from < events.size(); from += ROWS_PER_STATEMENT) {
            List<? extends IntegrationEvent> chunk = events.subList(from, Math.min(events.size(), from + ROWS_PER_STATEMENT));
            List<Object> params = new ArrayList<>(chunk.size() * COLUMNS);
            for (IntegrationEvent event : chunk) {
                EventType<?> type = EventTypes.of(event.getClass());
                params.add(event.eventId());
                params.add(type.name());
                params.add(type.topic());
                params.add(event.partitionKey());
                params.add(DbTime.utc(event.occurredAt()));
                params.add(json.writeValueAsString(event));
                params.add(createdAt);
            }
            jdbc.sql("INSERT INTO outbox_event (event_id, event_type, topic, event_key, occurred_at, payload, created_at) VALUES "
                            + String.join(",", Collections.nCopies(chunk.size(), "(?,?,?,?,?,?,?)")))
                    .params(params)
                    .update();
        }
        if (!events.isEmpty()) {
            relay.wakeAfterCommit();
        }
    }
}
