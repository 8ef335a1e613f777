package cloud.marketplace.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cloud.marketplace.contracts.events.CloudEventHeaders;
import cloud.marketplace.contracts.events.DepositPaid;
import cloud.marketplace.contracts.events.EventType;
import cloud.marketplace.contracts.events.EventTypes;
import cloud.marketplace.contracts.events.IntegrationEvent;
import cloud.marketplace.contracts.events.MerchantActivated;
import cloud.marketplace.contracts.events.MerchantChannel;
import cloud.marketplace.contracts.events.ProviderApproved;
import cloud.marketplace.contracts.events.StorePublished;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Drives the running catalog-service in integration tests: HTTP calls with any token (or none),
 * and events delivered to its topics the way other services' outboxes deliver them.
 */
public final class CatalogTestClient {

    public static final Instant EVENT_TIME = Instant.parse("2026-03-02T03:00:00Z");
    private static final Duration PROCESSING = Duration.ofSeconds(20);

    private final RestClient http;
    private final JsonMapper json;
    private final KafkaTemplate<String, String> kafka;
    private final JdbcClient jdbc;

    public CatalogTestClient(int port, JsonMapper json, KafkaTemplate<String, String> kafka, JdbcClient jdbc) {
        this.http = RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> { })
                .build();
        this.json = json;
        this.kafka = kafka;
        this.jdbc = jdbc;
    }

    /** An answer: status, headers, and the body read as JSON (or {@code null} when empty). */
    public record Response(int status, HttpHeaders headers, String body, JsonNode json) {

        public JsonNode get(String field) {
            return json.get(field);
        }

        public String text(String field) {
            return json.get(field).asString();
        }

        public String type() {
            return json.get("type").asString();
        }

        public List<String> fieldsInError() {
            return json.get("errors").valueStream().map(e -> e.get("field").asString()).toList();
        }
    }

    public Response get(String uri, String authorization) {
        return call(HttpMethod.GET, uri, authorization, null);
    }

    public Response post(String uri, String authorization, Object body) {
        return call(HttpMethod.POST, uri, authorization, body);
    }

    public Response put(String uri, String authorization, Object body) {
        return call(HttpMethod.PUT, uri, authorization, body);
    }

    public Response call(HttpMethod method, String uri, String authorization, Object body) {
        return call(method, uri, authorization, body, Map.of());
    }

    public Response call(HttpMethod method, String uri, String authorization, Object body, Map<String, String> headers) {
        var request = http.method(method).uri(uri);
        headers.forEach(request::header);
        if (authorization != null) {
            request.header(HttpHeaders.AUTHORIZATION, authorization);
        }
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        var entity = request.retrieve().toEntity(String.class);
        String text = entity.getBody();
        return new Response(entity.getStatusCode().value(), entity.getHeaders(), text,
                text == null || text.isBlank() ? null : json.readTree(text));
    }

    /** Delivers the event to its topic with the CloudEvents headers, as an outbox relay does. */
    public void publish(IntegrationEvent event) {
        EventType<?> type = EventTypes.of(event.getClass());
        ProducerRecord<String, String> record = new ProducerRecord<>(type.topic(), event.partitionKey(), json.writeValueAsString(event));
        header(record, CloudEventHeaders.ID, event.eventId());
        header(record, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        header(record, CloudEventHeaders.TYPE, type.name());
        header(record, CloudEventHeaders.SOURCE, "/marketplace/catalog-tests");
        header(record, CloudEventHeaders.TIME, event.occurredAt().toString());
        header(record, CloudEventHeaders.SUBJECT, event.partitionKey());
        header(record, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        kafka.send(record).join();
    }

    /** Waits until catalog has processed the event (its id is in the inbox). */
    public void awaitProcessed(IntegrationEvent... events) {
        for (IntegrationEvent event : events) {
            await().atMost(PROCESSING).until(() -> jdbc.sql("SELECT COUNT(*) FROM processed_event WHERE event_id = :id")
                    .param("id", event.eventId()).query(Integer.class).single() == 1);
        }
    }

    public static ProviderApproved approved(String providerId, Instant at, Long... categoryIds) {
        return ProviderApproved.of(at, providerId, "app-" + providerId, "深圳市云服务科技有限公司", "91440300MA5FXXXX1X",
                "91440300MA5FXXXX1X", Arrays.asList(categoryIds), at, "operator-1");
    }

    public static StorePublished storePublished(String providerId, Instant at) {
        return StorePublished.of(at, providerId, "云服务旗舰店", 1, at);
    }

    public static MerchantActivated merchantActivated(String providerId, Instant at, MerchantChannel channel) {
        return MerchantActivated.of(at, providerId, "merchant-app-" + providerId, channel, "1900000109", at);
    }

    public static DepositPaid depositPaid(String providerId, Instant at) {
        return DepositPaid.of(at, providerId, 500_000, 500_000, at);
    }

    public static String newProviderId() {
        return "p-" + UUID.randomUUID();
    }

    /** A provider that did every step of the journey, approved for these categories. */
    public String eligibleProvider(Long... categoryIds) {
        String providerId = newProviderId();
        List<IntegrationEvent> events = List.of(approved(providerId, EVENT_TIME, categoryIds),
                merchantActivated(providerId, EVENT_TIME, MerchantChannel.WECHAT_PAY), depositPaid(providerId, EVENT_TIME),
                storePublished(providerId, EVENT_TIME));
        events.forEach(this::publish);
        awaitProcessed(events.toArray(IntegrationEvent[]::new));
        return providerId;
    }

    /** A product body every validation accepts. */
    public static Map<String, Object> product(long categoryId, String name) {
        return Map.of("categoryId", categoryId, "name", name, "summary", "一键部署的数据库备份",
                "description", "每日自动备份，支持按时间点恢复。", "deliveryType", "SAAS",
                "pricePlans", List.of(Map.of("name", "基础版", "billingCycle", "MONTHLY", "amountFen", 9_900),
                        Map.of("name", "专业版", "billingCycle", "YEARLY", "amountFen", 99_000)),
                "contact", Map.of("name", "李四", "phone", "13800138000", "email", "support@example.cn"));
    }

    /** Creates a draft and answers its id. */
    public String createProduct(String authorization, Map<String, Object> body) {
        Response created = post("/api/catalog/products", authorization, body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.text("id");
    }

    public Response expect(int status, Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        return response;
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
