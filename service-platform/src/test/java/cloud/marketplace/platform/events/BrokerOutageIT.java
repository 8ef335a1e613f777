package cloud.marketplace.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cloud.marketplace.contracts.events.CloudEventHeaders;
import cloud.marketplace.contracts.events.ProviderApproved;
import cloud.marketplace.contracts.events.Topics;
import cloud.marketplace.platform.test.EventProbe;
import cloud.marketplace.platform.test.MariaDbServer;
import cloud.marketplace.platform.test.TcpProxy;
import cloud.marketplace.platform.test.TestTokens;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The broker is unreachable when the event is committed: the event waits in the outbox and is
 * delivered once a broker answers at the configured address.
 */
@SpringBootTest(properties = {
        "spring.kafka.admin.auto-create=false",
        "test.listener.auto-startup=false",
        "marketplace.events.poll-interval=200ms",
        "spring.kafka.producer.properties.max.block.ms=1000",
        "spring.kafka.producer.properties.request.timeout.ms=1000",
        "spring.kafka.producer.properties.delivery.timeout.ms=2000",
        "spring.kafka.producer.properties.reconnect.backoff.max.ms=200"})
class BrokerOutageIT {

    private static final int KAFKA_PORT = TcpProxy.freePort();
    private static EmbeddedKafkaKraftBroker broker;
    private static TcpProxy proxy;

    @Autowired Outbox outbox;
    @Autowired TransactionTemplate transaction;
    @Autowired JdbcClient jdbc;

    /** The broker runs throughout, but clients reach it only through a proxy the test cuts. */
    @BeforeAll
    static void startBrokerBehindProxy() {
        broker = new EmbeddedKafkaKraftBroker(1, 1, Topics.PROVIDER);
        broker.brokerProperty("advertised.listeners", "EXTERNAL://127.0.0.1:" + KAFKA_PORT);
        proxy = new TcpProxy(KAFKA_PORT, () -> Integer.parseInt(broker.getBrokersAsString().replaceAll(".*:", "")));
        proxy.restore();
        broker.afterPropertiesSet();
        proxy.cut();
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> MariaDbServer.jdbcUrl("platform_outage_test"));
        registry.add("spring.kafka.bootstrap-servers", () -> "127.0.0.1:" + KAFKA_PORT);
        registry.add("marketplace.security.jwt-secret", () -> TestTokens.SECRET);
    }

    @AfterAll
    static void stopBroker() {
        proxy.close();
        broker.destroy();
    }

    @Test
    void eventCommittedWhileBrokerIsDownIsDeliveredWhenItIsBack() {
        ProviderApproved approved = SampleApprovals.approval("p-" + UUID.randomUUID());

        transaction.executeWithoutResult(status -> outbox.publish(approved));
        await().atMost(Duration.ofSeconds(30)).until(() -> attempts(approved) >= 1);
        assertThat(sent(approved)).isFalse();

        proxy.restore();

        await().atMost(Duration.ofSeconds(60)).until(() -> sent(approved));
        assertThat(eventIdsOn(Topics.PROVIDER)).contains(approved.eventId());
    }

    private List<String> eventIdsOn(String topic) {
        Map<String, Object> props = KafkaTestUtils.consumerProps(broker, "probe-" + UUID.randomUUID(), false);
        try (Consumer<String, String> consumer = new DefaultKafkaConsumerFactory<>(props,
                new org.apache.kafka.common.serialization.StringDeserializer(),
                new org.apache.kafka.common.serialization.StringDeserializer()).createConsumer()) {
            broker.consumeFromAnEmbeddedTopic(consumer, topic);
            List<String> ids = new ArrayList<>();
            for (ConsumerRecord<String, String> record : KafkaTestUtils.getRecords(consumer, Duration.ofSeconds(10))) {
                ids.add(EventProbe.header(record, CloudEventHeaders.ID));
            }
            return ids;
        }
    }

    private int attempts(ProviderApproved event) {
        return jdbc.sql("SELECT attempts FROM outbox_event WHERE event_id = :id").param("id", event.eventId())
                .query(Integer.class).single();
    }

    private boolean sent(ProviderApproved event) {
        return jdbc.sql("SELECT sent_at IS NOT NULL FROM outbox_event WHERE event_id = :id").param("id", event.eventId())
                .query(Boolean.class).single();
    }

}
