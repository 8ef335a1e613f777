package cloud.marketplace.billing.ledger;

import cloud.marketplace.contracts.events.EventType;
import cloud.marketplace.contracts.events.EventTypes;
import cloud.marketplace.contracts.events.IntegrationEvent;
import cloud.marketplace.platform.events.Outbox;
import cloud.marketplace.platform.persistence.DbTime;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The commission consumer's way into the outbox: the very rows {@link Outbox#publish} writes one
 * at a time, written for a whole batch of events in one multi-row INSERT, in the caller's
 * transaction. The platform's relay delivers them like any other (on its next poll). One event
 * per statement was the consumer's largest cost (see BENCHMARKS.md); the platform's
 * {@code Outbox} has no batch method yet.
 */
@Component
class BatchOutbox {

    private static final int ROWS_PER_STATEMENT = 1000;

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    BatchOutbox(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void publishAll(List<? extends IntegrationEvent> events) {
        var createdAt = DbTime.utc(clock.instant());
        for (int from = 0; from < events.size(); from += ROWS_PER_STATEMENT) {
            List<? extends IntegrationEvent> chunk = events.subList(from, Math.min(events.size(), from + ROWS_PER_STATEMENT));
            List<Object> params = new ArrayList<>(chunk.size() * 7);
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
                    .params(params).update();
        }
    }
}
