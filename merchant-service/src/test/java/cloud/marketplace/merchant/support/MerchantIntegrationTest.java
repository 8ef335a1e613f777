package cloud.marketplace.merchant.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.awaitility.Awaitility.await;

import cloud.marketplace.contracts.events.CloudEventHeaders;
import cloud.marketplace.contracts.events.EventTypes;
import cloud.marketplace.contracts.events.ProviderApproved;
import cloud.marketplace.contracts.events.Topics;
import cloud.marketplace.merchant.Fixtures;
import cloud.marketplace.platform.test.ServiceIntegrationTest;
import cloud.marketplace.platform.test.TestTokens;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service against the real parts ({@link ServiceIntegrationTest}: one cached context), with
 * one WireMock playing onboarding-service's internal endpoints, WeChat Pay (reached as an HTTP
 * proxy for {@code api.mch.weixin.qq.com}, as in production minus TLS) and Tenpay, partners
 * checking our signatures and signing their answers ({@link PartnerSigning}).
 */
@ServiceIntegrationTest
public abstract class MerchantIntegrationTest {

    protected static final WireMockServer partners = startPartners();

    @LocalServerPort
    protected int port;
    @Autowired
    protected EmbeddedKafkaBroker broker;
    @Autowired
    protected JsonMapper json;
    @Autowired
    protected JdbcClient jdbc;
    @Autowired
    protected KafkaTemplate<String, String> kafka;

    private static WireMockServer startPartners() {
        WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort()
                .extensions(new PartnerSigning()));
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "wiremock-stop"));
        return server;
    }

    @DynamicPropertySource
    static void partnerProperties(DynamicPropertyRegistry registry) {
        String url = "http://localhost:" + partners.port();
        registry.add("spring.cloud.openfeign.client.config.onboarding.url", () -> url);
        registry.add("merchant.wechat-pay.proxy", () -> url);
        registry.add("merchant.wechat-pay.merchant-id", () -> TestKeys.MERCHANT_ID);
        registry.add("merchant.wechat-pay.merchant-serial-no", () -> TestKeys.MERCHANT_SERIAL);
        registry.add("merchant.wechat-pay.merchant-private-key", () -> TestKeys.privatePem(TestKeys.MERCHANT));
        registry.add("merchant.wechat-pay.platform-public-key", () -> TestKeys.publicPem(TestKeys.WECHAT_PLATFORM));
        registry.add("merchant.wechat-pay.platform-public-key-id", () -> TestKeys.WECHAT_KEY_ID);
        registry.add("merchant.wechat-pay.read-timeout", () -> "1s");
        registry.add("merchant.tenpay.base-url", () -> url);
        registry.add("merchant.tenpay.merchant-id", () -> TestKeys.MERCHANT_ID);
        registry.add("merchant.tenpay.merchant-serial-no", () -> TestKeys.MERCHANT_SERIAL);
        registry.add("merchant.tenpay.merchant-private-key", () -> TestKeys.privatePem(TestKeys.MERCHANT));
        registry.add("merchant.tenpay.platform-public-key", () -> TestKeys.publicPem(TestKeys.TENPAY_PLATFORM));
        registry.add("merchant.tenpay.platform-public-key-id", () -> TestKeys.TENPAY_KEY_ID);
        registry.add("merchant.tenpay.read-timeout", () -> "1s");
        registry.add("merchant.polling.tick", () -> "200ms");
        registry.add("merchant.polling.every", () -> "300ms");
        registry.add("merchant.polling.max-backoff", () -> "3s");
        registry.add("merchant.polling.lease", () -> "20s");
    }

    protected RestClient http() {
        return RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> { })
                .build();
    }

    protected ResponseEntity<String> call(HttpMethod method, String path, String providerId, Object body) {
        RestClient.RequestBodySpec request = http().method(method).uri(path)
                .header(HttpHeaders.AUTHORIZATION, TestTokens.provider(providerId));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return request.retrieve().toEntity(String.class);
    }

    protected JsonNode ok(ResponseEntity<String> response) {
        if (!response.getStatusCode().is2xxSuccessful()) {
            throw new AssertionError("expected 2xx, got " + response.getStatusCode() + ": " + response.getBody());
        }
        return json.readTree(response.getBody());
    }

    protected JsonNode body(ResponseEntity<String> response) {
        return json.readTree(response.getBody());
    }

    protected ResponseEntity<String> upload(String path, String providerId, byte[] bytes) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return "photo.jpg";
            }
        });
        return http().put().uri(path).header(HttpHeaders.AUTHORIZATION, TestTokens.provider(providerId))
                .contentType(MediaType.MULTIPART_FORM_DATA).body(parts).retrieve().toEntity(String.class);
    }

    protected static String newProviderId() {
        return "p-" + UUID.randomUUID();
    }

    /** Onboarding approves the provider: the event arrives, and onboarding answers for its company and licence. */
    protected void approve(String providerId, String licenceNumber) {
        stubOnboarding(providerId, licenceNumber);
        publish(ProviderApproved.of(Instant.now(), providerId, "app-" + providerId, Fixtures.COMPANY, Fixtures.CREDIT_CODE,
                licenceNumber, List.of(101L), Instant.now(), "operator-1"));
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("SELECT COUNT(*) FROM approved_provider WHERE provider_id = :id")
                .param("id", providerId).query(Integer.class).single() == 1);
    }

    protected void approve(String providerId) {
        approve(providerId, Fixtures.CREDIT_CODE);
    }

    protected void publish(ProviderApproved event) {
        ProducerRecord<String, String> record = new ProducerRecord<>(Topics.PROVIDER, event.partitionKey(), json.writeValueAsString(event));
        Map.of(CloudEventHeaders.ID, event.eventId(),
                CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE,
                CloudEventHeaders.TYPE, EventTypes.of(ProviderApproved.class).name(),
                CloudEventHeaders.SOURCE, "/marketplace/onboarding-service",
                CloudEventHeaders.TIME, DateTimeFormatter.ISO_INSTANT.format(event.occurredAt()),
                CloudEventHeaders.SUBJECT, event.providerId(),
                CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON)
                .forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        kafka.send(record).join();
    }

    protected void stubOnboarding(String providerId, String licenceNumber) {
        partners.stubFor(get(urlPathEqualTo("/internal/onboarding/providers/" + providerId)).willReturn(aResponse()
                .withHeader("Content-Type", "application/json")
                .withBody(json.writeValueAsString(Map.of("providerId", providerId, "companyName", Fixtures.COMPANY,
                        "creditCode", Fixtures.CREDIT_CODE, "businessLicenseNumber", licenceNumber,
                        "legalRepresentativeName", Fixtures.LEGAL_NAME, "approvedCategoryIds", List.of(101))))));
        partners.stubFor(get(urlPathEqualTo("/internal/onboarding/providers/" + providerId + "/business-license"))
                .willReturn(aResponse().withHeader("Content-Type", "image/jpeg").withBody(Fixtures.jpeg(300_000))));
    }

    protected static Map<String, Object> superAdmin() {
        return Map.of("type", "LEGAL_REPRESENTATIVE", "name", Fixtures.LEGAL_NAME, "idNumber", Fixtures.ID_NUMBER,
                "mobile", "13800138000", "email", "admin@example.cn");
    }

    protected static Map<String, Object> legalRepresentative() {
        return Map.of("idType", "MAINLAND_ID_CARD", "name", Fixtures.LEGAL_NAME, "idNumber", Fixtures.ID_NUMBER,
                "validFrom", "2020-01-01", "validUntil", "2040-01-01");
    }
}
