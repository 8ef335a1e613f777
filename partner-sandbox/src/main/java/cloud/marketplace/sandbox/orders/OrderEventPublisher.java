package cloud.marketplace.sandbox.orders;

import cloud.marketplace.contracts.events.CloudEventHeaders;
import cloud.marketplace.contracts.events.EventType;
import cloud.marketplace.contracts.events.EventTypes;
import cloud.marketplace.contracts.events.IntegrationEvent;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes the order system's events the way every producer of the marketplace does: the JSON
 * of the record as the value, the provider id as the key, CloudEvents Kafka-binding headers.
 * Waits for the broker's acknowledgement, so a caller knows the event is on the topic.
 */
@Component
class OrderEventPublisher {

    static final String SOURCE = "/sandbox/order-system";

    private final KafkaTemplate<String, String> kafka;
    private final JsonMapper json;

    OrderEventPublisher(KafkaTemplate<String, String> kafka, JsonMapper json) {
        this.kafka = kafka;
        this.json = json;
    }

    void publish(IntegrationEvent event) {
        EventType<?> type = EventTypes.of(event.getClass());
        ProducerRecord<String, String> record = new ProducerRecord<>(type.topic(), event.partitionKey(),
                json.writeValueAsString(event));
        header(record, CloudEventHeaders.ID, event.eventId());
        header(record, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        header(record, CloudEventHeaders.TYPE, type.name());
        header(record, CloudEventHeaders.SOURCE, SOURCE);
        header(record, CloudEventHeaders.TIME, DateTimeFormatter.ISO_INSTANT.format(event.occurredAt()));
        header(record, CloudEventHeaders.SUBJECT, event.partitionKey());
        header(record, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        try {
            kafka.send(record).get(10, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            throw new BrokerUnavailableException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BrokerUnavailableException(e);
        }
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    /** Kafka did not take the event. */
    static final class BrokerUnavailableException extends RuntimeException {

        BrokerUnavailableException(Throwable cause) {
            super("Kafka did not acknowledge the event", cause);
        }
    }
}
