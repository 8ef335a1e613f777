package cloud.marketplace.sandbox.orders;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.marketplace.contracts.events.CloudEventHeaders;
import cloud.marketplace.contracts.events.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "sandbox.autopilot.enabled=true", "sandbox.autopilot.step-delay-ms=200"})
@EmbeddedKafka(partitions = 1, topics = Topics.ORDERS)
class OrderSystemIT {

    @LocalServerPort int port;
    @Value("${spring.embedded.kafka.brokers}") String brokers;
    @Autowired JsonMapper json;

    private ResponseEntity<String> post(String path, Object body) {
        return RestClient.builder().baseUrl("http://localhost:" + port).defaultStatusHandler(status -> true, (rq, rs) -> { })
                .build().post().uri(path).contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toEntity(String.class);
    }

    private List<ConsumerRecord<String, String>> read(String providerId, int count) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers, ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID()),
                new StringDeserializer(), new StringDeserializer())) {
            TopicPartition partition = new TopicPartition(Topics.ORDERS, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            List<ConsumerRecord<String, String>> found = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (found.size() < count && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (providerId.equals(record.key())) {
                        found.add(record);
                    }
                });
            }
            return found;
        }
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    @Test
    void completingTheSameOrderTwicePublishesTwoOrderCompletedEventsWithCloudEventsHeaders() {
        String providerId = "p-" + UUID.randomUUID();
        var first = post("/sandbox/orders", Map.of("orderId", "o-twice", "providerId", providerId, "productId", "prod-1",
                "amountFen", 10005));
        var second = post("/sandbox/orders", Map.of("orderId", "o-twice", "providerId", providerId, "productId", "prod-1",
                "amountFen", 10005));

        assertThat(first.getStatusCode().value()).isEqualTo(202);
        assertThat(second.getStatusCode().value()).isEqualTo(202);
        List<ConsumerRecord<String, String>> records = read(providerId, 2);
        assertThat(records).hasSize(2);
        assertThat(records).allSatisfy(record -> {
            assertThat(header(record, CloudEventHeaders.TYPE)).isEqualTo("cloud.marketplace.orders.OrderCompleted.v1");
            assertThat(header(record, CloudEventHeaders.SOURCE)).isEqualTo("/sandbox/order-system");
            assertThat(header(record, CloudEventHeaders.SUBJECT)).isEqualTo(providerId);
            assertThat(header(record, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
            JsonNode event = json.readTree(record.value());
            assertThat(event.get("orderId").asString()).isEqualTo("o-twice");
            assertThat(event.get("amountFen").asLong()).isEqualTo(10005);
            assertThat(header(record, CloudEventHeaders.ID)).isEqualTo(event.get("eventId").asString());
        });
        assertThat(header(records.get(0), CloudEventHeaders.ID)).isNotEqualTo(header(records.get(1), CloudEventHeaders.ID));
    }

    @Test
    void aRefundOfACompletedOrderIsPublishedForItsProviderAndAnUnknownOrderIsNotFound() {
        String providerId = "p-" + UUID.randomUUID();
        String orderId = json.readTree(post("/sandbox/orders", Map.of("providerId", providerId, "productId", "prod-1",
                "amountFen", 500)).getBody()).get("orderId").asString();

        var refund = post("/sandbox/orders/" + orderId + "/refund", Map.of("refundFen", 200));

        assertThat(refund.getStatusCode().value()).isEqualTo(202);
        List<ConsumerRecord<String, String>> records = read(providerId, 2);
        assertThat(header(records.get(1), CloudEventHeaders.TYPE)).isEqualTo("cloud.marketplace.orders.OrderRefunded.v1");
        assertThat(json.readTree(records.get(1).value()).get("refundFen").asLong()).isEqualTo(200);
        var unknown = post("/sandbox/orders/o-" + UUID.randomUUID() + "/refund", Map.of("refundFen", 1));
        assertThat(unknown.getStatusCode().value()).isEqualTo(404);
        assertThat(json.readTree(unknown.getBody()).get("type").asString()).endsWith("/not-found");
        assertThat(post("/sandbox/orders", Map.of("providerId", providerId, "amountFen", -1)).getStatusCode().value())
                .isEqualTo(400);
    }
}
