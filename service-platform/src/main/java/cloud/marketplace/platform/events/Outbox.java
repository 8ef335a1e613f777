package cloud.marketplace.platform.events;

import cloud.marketplace.contracts.events.EventType;
import cloud.marketplace.contracts.events.EventTypes;
import cloud.marketplace.contracts.events.IntegrationEvent;
import cloud.marketplace.platform.persistence.DbTime;
import java.time.Clock;
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
        EventType<?> type = EventTypes.of(event.getClass());
        jdbc.sql("""
                INSERT INTO outbox_event (event_id, event_type, topic, event_key, occurred_at, payload, created_at)
                VALUES (:eventId, :type, :topic, :key, :occurredAt, :payload, :createdAt)""")
                .param("eventId", event.eventId())
                .param("type", type.name())
                .param("topic", type.topic())
                .param("key", event.partitionKey())
                .param("occurredAt", DbTime.utc(event.occurredAt()))
                .param("payload", json.writeValueAsString(event))
                .param("createdAt", DbTime.utc(clock.instant()))
                .update();
        relay.wakeAfterCommit();
    }
}
