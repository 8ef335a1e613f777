package cloud.marketplace.billing.ledger;

import cloud.marketplace.contracts.events.CloudEventHeaders;
import cloud.marketplace.contracts.events.EventType;
import cloud.marketplace.contracts.events.EventTypes;
import cloud.marketplace.contracts.events.IntegrationEvent;
import cloud.marketplace.contracts.events.Topics;
import cloud.marketplace.platform.events.Inbox;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The busiest path of the system: order events, taken in batches. A batch whose records all
 * read is applied in one transaction. When a record cannot be read, or the batch fails, the
 * records are applied one by one through the inbox, and the failing one is reported by its
 * index: the ones before it are committed, it is retried, and then it goes to the dead-letter
 * topic without holding up the rest.
 */
@Component
class OrderEventsListener {

    private static final Logger log = LoggerFactory.getLogger(OrderEventsListener.class);

    private final CommissionLedger ledger;
    private final Inbox inbox;
    private final JsonMapper json;

    OrderEventsListener(CommissionLedger ledger, Inbox inbox, JsonMapper json) {
        this.ledger = ledger;
        this.inbox = inbox;
        this.json = json;
    }

    @KafkaListener(topics = Topics.ORDERS, batch = "true",
            concurrency = "${marketplace.billing.ledger.consumers:3}",
            properties = "max.poll.records=${marketplace.billing.ledger.max-batch:1000}")
    void onOrders(List<ConsumerRecord<String, String>> records) {
        Optional<List<ReceivedEvent>> readable = readAll(records);
        if (readable.isPresent()) {
            try {
                ledger.applyBatch(readable.get());
                return;
            } catch (RuntimeException e) {
                log.warn("A batch of {} order events failed ({}); applying them one by one", records.size(), e.toString());
            }
        }
        for (int i = 0; i < records.size(); i++) {
            try {
                inbox.receive(records.get(i), ledger::apply);
            } catch (RuntimeException e) {
                throw new BatchListenerFailedException("order event failed at " + position(records.get(i)), e, i);
            }
        }
    }

    /** Every record read into its event (unknown types left out), or nothing if one cannot be read. */
    private Optional<List<ReceivedEvent>> readAll(List<ConsumerRecord<String, String>> records) {
        List<ReceivedEvent> events = new ArrayList<>(records.size());
        for (ConsumerRecord<String, String> record : records) {
            Header type = record.headers().lastHeader(CloudEventHeaders.TYPE);
            if (type == null || record.value() == null) {
                return Optional.empty();
            }
            Optional<EventType<?>> known = EventTypes.named(new String(type.value(), StandardCharsets.UTF_8));
            if (known.isEmpty()) {
                continue;
            }
            try {
                IntegrationEvent event = json.readValue(record.value(), known.get().javaType());
                events.add(new ReceivedEvent(known.get().name(), event));
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        }
        return Optional.of(events);
    }

    private static String position(ConsumerRecord<?, ?> record) {
        return record.topic() + "-" + record.partition() + "@" + record.offset();
    }
}
