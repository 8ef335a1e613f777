package cloud.marketplace.billing;

import static org.awaitility.Awaitility.await;

import cloud.marketplace.contracts.events.CloudEventHeaders;
import cloud.marketplace.contracts.events.EventTypes;
import cloud.marketplace.contracts.events.IntegrationEvent;
import cloud.marketplace.contracts.events.OrderCompleted;
import cloud.marketplace.contracts.events.ProviderApproved;
import cloud.marketplace.platform.test.ServiceIntegrationTest;
import cloud.marketplace.security.MarketplaceTokens;
import cloud.marketplace.security.Role;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What billing's integration tests share: the one application context (real MariaDB, embedded
 * Kafka, WireMock partners), tokens signed at the application's (movable) time, and helpers to
 * call the API and publish the events billing consumes.
 */
@ServiceIntegrationTest
public abstract class BillingIntegrationTest {

    @LocalServerPort protected int port;
    @Autowired protected EmbeddedKafkaBroker broker;
    @Autowired protected JsonMapper json;
    @Autowired protected MutableClock clock;
    @Autowired protected JdbcClient jdbc;
    @Autowired private MarketplaceTokens tokens;
    @Autowired private KafkaTemplate<String, String> kafka;

    protected final WireMockServer partners = TestPartners.wiremock();

    @AfterEach
    void restoreTimeAndPartners() {
        clock.reset();
        partners.resetAll();
    }

    protected static String newProviderId() {
        return "p-" + UUID.randomUUID();
    }

    protected String provider(String providerId) {
        return bearer(providerId, Role.PROVIDER);
    }

    protected String admin() {
        return bearer("admin-1", Role.ADMIN);
    }

    protected String operator() {
        return bearer("operator-1", Role.OPERATOR);
    }

    protected String service() {
        return bearer("onboarding-service", Role.SERVICE);
    }

    private String bearer(String subject, Role role) {
        return "Bearer " + tokens.issue(subject, List.of(role), Duration.ofMinutes(30));
    }

    protected RestClient http() {
        return RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> { })
                .build();
    }

    protected ResponseEntity<String> get(String path, String authorization) {
        return http().get().uri(path).header(HttpHeaders.AUTHORIZATION, authorization).retrieve().toEntity(String.class);
    }

    protected ResponseEntity<String> post(String path, String authorization, Object body) {
        return post(path, authorization, null, body);
    }

    protected ResponseEntity<String> post(String path, String authorization, String idempotencyKey, Object body) {
        RestClient.RequestBodySpec request = http().post().uri(path).header(HttpHeaders.AUTHORIZATION, authorization)
                .contentType(MediaType.APPLICATION_JSON);
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return request.body(body).retrieve().toEntity(String.class);
    }

    protected ResponseEntity<String> put(String path, String authorization, Object body) {
        return http().put().uri(path).header(HttpHeaders.AUTHORIZATION, authorization)
                .contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toEntity(String.class);
    }

    protected JsonNode body(ResponseEntity<String> response) {
        return json.readTree(response.getBody());
    }

    /** Publishes an event as its producer would: JSON value, provider key, CloudEvents headers. */
    protected void publish(IntegrationEvent event) {
        var type = EventTypes.of(event.getClass());
        ProducerRecord<String, String> record = new ProducerRecord<>(type.topic(), event.partitionKey(),
                json.writeValueAsString(event));
        header(record, CloudEventHeaders.ID, event.eventId());
        header(record, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        header(record, CloudEventHeaders.TYPE, type.name());
        header(record, CloudEventHeaders.SOURCE, "/tests");
        header(record, CloudEventHeaders.TIME, DateTimeFormatter.ISO_INSTANT.format(event.occurredAt()));
        header(record, CloudEventHeaders.SUBJECT, event.partitionKey());
        header(record, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        kafka.send(record).join();
    }

    protected void publishRaw(String topic, String key, String value, Map<String, String> headers) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
        headers.forEach((name, text) -> header(record, name, text));
        kafka.send(record).join();
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    protected static ProviderApproved approved(String providerId) {
        Instant now = Instant.now();
        return ProviderApproved.of(now, providerId, "app-" + providerId, "深圳测试科技有限公司", "91440300MA5F000010",
                "91440300MA5F000010", List.of(101L), now, "operator-1");
    }

    /** An approved provider, with its deposit account opened. */
    protected String approvedProvider() {
        String providerId = newProviderId();
        publish(approved(providerId));
        await().atMost(Duration.ofSeconds(15)).until(() -> depositAccountExists(providerId));
        return providerId;
    }

    protected boolean depositAccountExists(String providerId) {
        return jdbc.sql("SELECT COUNT(*) FROM deposit_account WHERE provider_id = :p").param("p", providerId)
                .query(Long.class).single() == 1;
    }

    /** An approved provider whose deposit reaches the tier in force (imported as a legacy deposit). */
    protected String providerWithPaidDeposit() {
        String providerId = approvedProvider();
        long tier = body(get("/api/billing/deposit-tier", admin())).get("inForce").get("amountFen").asLong();
        var imported = post("/api/billing/legacy-deposits", admin(), Map.of("deposits",
                List.of(Map.of("providerId", providerId, "paidFen", tier, "paidOn", "2019-06-01"))));
        if (imported.getStatusCode().value() != 200) {
            throw new AssertionError("legacy import failed: " + imported);
        }
        return providerId;
    }

    protected static OrderCompleted order(String providerId, long amountFen, Instant completedAt) {
        return OrderCompleted.of(Instant.now(), "o-" + UUID.randomUUID(), providerId, "prod-1", amountFen, completedAt);
    }

    protected long ledgerRows(String providerId) {
        return jdbc.sql("SELECT COUNT(*) FROM ledger_entry WHERE provider_id = :p").param("p", providerId)
                .query(Long.class).single();
    }
}
