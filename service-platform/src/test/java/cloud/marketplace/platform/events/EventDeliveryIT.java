package cloud.marketplace.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cloud.marketplace.contracts.events.CloudEventHeaders;
import cloud.marketplace.contracts.events.ProviderApproved;
import cloud.marketplace.contracts.events.Topics;
import cloud.marketplace.platform.test.EventProbe;
import cloud.marketplace.platform.test.ServiceIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

@ServiceIntegrationTest
class EventDeliveryIT {

    @Autowired Outbox outbox;
    @Autowired TransactionTemplate transaction;
    @Autowired JdbcClient jdbc;
    @Autowired KafkaTemplate<String, String> kafka;
    @Autowired EmbeddedKafkaBroker broker;
    @Autowired JsonMapper json;

    @Test
    void committedEventReachesKafkaWithKeyAndCloudEventsHeaders() {
        ProviderApproved approved = SampleApprovals.approval("p-" + UUID.randomUUID());
        try (EventProbe probe = EventProbe.on(broker.getBrokersAsString(), Topics.PROVIDER)) {
            transaction.executeWithoutResult(status -> outbox.publish(approved));

            ConsumerRecord<String, String> record = probe.await(
                    r -> approved.eventId().equals(header(r, CloudEventHeaders.ID)), Duration.ofSeconds(20));
            assertThat(record.key()).isEqualTo(approved.providerId());
            assertThat(header(record, CloudEventHeaders.TYPE)).isEqualTo("cloud.marketplace.onboarding.ProviderApproved.v1");
            assertThat(header(record, CloudEventHeaders.SOURCE)).isEqualTo("/marketplace/platform-test-service");
            assertThat(header(record, CloudEventHeaders.SUBJECT)).isEqualTo(approved.providerId());
            assertThat(header(record, CloudEventHeaders.TIME)).isEqualTo("2026-11-02T03:04:05.123456Z");
            assertThat(header(record, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
            assertThat(json.readValue(record.value(), ProviderApproved.class)).isEqualTo(approved);
        }
    }

    @Test
    void rolledBackTransactionPublishesNothing() {
        ProviderApproved approved = SampleApprovals.approval("p-" + UUID.randomUUID());

        transaction.executeWithoutResult(status -> {
            outbox.publish(approved);
            status.setRollbackOnly();
        });

        assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox_event WHERE event_id = :id").param("id", approved.eventId())
                .query(Integer.class).single()).isZero();
    }

    @Test
    void sameEventDeliveredTwiceHasOneEffect() {
        ProviderApproved approved = SampleApprovals.approval("p-" + UUID.randomUUID());

        send(approved);
        send(approved);
        ProviderApproved marker = SampleApprovals.approval("p-" + UUID.randomUUID());
        send(marker);

        await().atMost(Duration.ofSeconds(20)).until(() -> timesApplied(marker.providerId()) == 1);
        assertThat(timesApplied(approved.providerId())).isEqualTo(1);
    }

    @Test
    void poisonMessageGoesToDeadLetterTopicAndTheNextMessageIsStillProcessed() {
        String poisonKey = "p-poison-" + UUID.randomUUID();
        ProducerRecord<String, String> poison = new ProducerRecord<>(Topics.PROVIDER, poisonKey, "{not json");
        poison.headers().add(CloudEventHeaders.TYPE, "cloud.marketplace.onboarding.ProviderApproved.v1".getBytes(StandardCharsets.UTF_8));
        poison.headers().add(CloudEventHeaders.ID, UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        ProviderApproved next = SampleApprovals.approval("p-" + UUID.randomUUID());

        try (EventProbe deadLetters = EventProbe.on(broker.getBrokersAsString(), Topics.deadLetter(Topics.PROVIDER))) {
            kafka.send(poison).join();
            send(next);

            await().atMost(Duration.ofSeconds(20)).until(() -> timesApplied(next.providerId()) == 1);
            ConsumerRecord<String, String> dead = deadLetters.await(r -> poisonKey.equals(r.key()), Duration.ofSeconds(20));
            assertThat(dead.key()).isEqualTo(poisonKey);
            assertThat(dead.value()).isEqualTo("{not json");
        }
    }

    /** Delivers the event straight to Kafka, as a redelivery after a lost acknowledgement would. */
    private void send(ProviderApproved event) {
        ProducerRecord<String, String> record = new ProducerRecord<>(Topics.PROVIDER, event.providerId(), json.writeValueAsString(event));
        record.headers().add(CloudEventHeaders.TYPE, "cloud.marketplace.onboarding.ProviderApproved.v1".getBytes(StandardCharsets.UTF_8));
        record.headers().add(CloudEventHeaders.ID, event.eventId().getBytes(StandardCharsets.UTF_8));
        kafka.send(record).join();
    }

    private int timesApplied(String providerId) {
        return jdbc.sql("SELECT times_applied FROM approved_provider WHERE provider_id = :id").param("id", providerId)
                .query(Integer.class).optional().orElse(0);
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        return EventProbe.header(record, name);
    }
}
