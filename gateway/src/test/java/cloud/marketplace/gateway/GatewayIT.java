package cloud.marketplace.gateway;

import static cloud.marketplace.gateway.TestTokens.bearer;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;

import cloud.marketplace.security.Role;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The gateway as deployed (no {@code local} profile), in front of three services played by
 * WireMock and a merchant service that is down.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "marketplace.gateway.circuit-breaker.timeout=1s",
        "marketplace.gateway.circuit-breaker.sliding-window-size=4",
        "marketplace.gateway.circuit-breaker.minimum-number-of-calls=4",
        "marketplace.gateway.circuit-breaker.wait-in-open-state=30s"})
class GatewayIT {

    private static final String PROBLEM = "https://marketplace.example/problems/";

    @DynamicPropertySource
    static void backends(DynamicPropertyRegistry registry) {
        Backends.register(registry, true);
    }

    @LocalServerPort
    int port;

    @Autowired
    ReactiveResilience4JCircuitBreakerFactory circuitBreakers;

    WebTestClient client;

    @BeforeEach
    void setUp() {
        Backends.resetAll();
        circuitBreakers.getCircuitBreakerRegistry().getAllCircuitBreakers().forEach(CircuitBreaker::reset);
        client = WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(20)).build();
    }

    // ---- routing ----

    @ParameterizedTest
    @CsvSource({
            "onboarding, /api/onboarding/applications/a-1",
            "catalog,    /api/catalog/products/p-9/reviews",
            "billing,    /api/billing/statements/2026-05"})
    void forwardsPathQueryAndAuthorizationToTheServiceOwningThePrefix(String service, String path) {
        WireMockServer backend = backend(service);
        backend.stubFor(get(urlPathEqualTo(path)).willReturn(okJson("{\"servedBy\":\"" + service + "\"}")));
        String token = TestTokens.provider();
        String pathAndQuery = path + "?status=SUBMITTED&page=2&q=%E4%BA%91%20cloud";

        client.get().uri(URI.create("http://localhost:" + port + pathAndQuery))
                .header(HttpHeaders.AUTHORIZATION, bearer(token))
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("X-RateLimit-Remaining", "99")
                .expectBody().jsonPath("$.servedBy").isEqualTo(service);

        backend.verify(1, getRequestedFor(urlEqualTo(pathAndQuery))
                .withHeader(HttpHeaders.AUTHORIZATION, equalTo(bearer(token))));
        Backends.all().stream().filter(other -> other != backend)
                .forEach(other -> other.verify(0, anyRequestedFor(anyUrl())));
    }

    @Test
    void forwardsARequestBodyAndPassesTheServicesAnswerBack() {
        Backends.ONBOARDING.stubFor(post("/api/onboarding/applications").willReturn(aResponse()
                .withStatus(201)
                .withHeader("Location", "/api/onboarding/applications/a-77")
                .withHeader("Content-Type", "application/json")
                .withBody("{\"id\":\"a-77\",\"status\":\"DRAFT\"}")));
        String token = TestTokens.provider();

        client.post().uri("/api/onboarding/applications")
                .header(HttpHeaders.AUTHORIZATION, bearer(token))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("companyName", "云上科技有限公司"))
                .exchange()
                .expectStatus().isCreated()
                .expectHeader().location("/api/onboarding/applications/a-77")
                .expectBody().jsonPath("$.status").isEqualTo("DRAFT");

        Backends.ONBOARDING.verify(1, postRequestedFor(urlEqualTo("/api/onboarding/applications"))
                .withHeader(HttpHeaders.AUTHORIZATION, equalTo(bearer(token)))
                .withRequestBody(equalToJson("{\"companyName\":\"云上科技有限公司\"}")));
    }

    @Test
    void answersAnUnknownPathWith404Problem() {
        client.get().uri("/api/nothing-here/1")
                .header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.provider()))
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEM + "not-found")
                .jsonPath("$.status").isEqualTo(404);
    }

    // ---- /internal/** and path tricks ----

    @ParameterizedTest
    @CsvSource({
            "GET,  /internal/anything,                 SERVICE",
            "POST, /internal/providers/p-1/status,     SERVICE",
            "GET,  /internal/anything,                 ADMIN",
            "GET,  /internal,                          SERVICE",
            "GET,  /internal/anything,                 NONE"})
    void neverRoutesInternalPathsWhateverTheToken(String method, String path, String role) {
        WebTestClient.RequestHeadersSpec<?> request = client.method(HttpMethod.valueOf(method)).uri(path);
        if (!role.equals("NONE")) {
            request = request.header(HttpHeaders.AUTHORIZATION,
                    bearer(TestTokens.token(TestTokens.uniqueSubject("caller"), Role.valueOf(role))));
        }

        request.exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEM + "not-found");

        Backends.all().forEach(backend -> backend.verify(0, anyRequestedFor(anyUrl())));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/api/catalog/../internal/anything",
            "/api/catalog/%2e%2e/internal/anything",
            "/api/catalog/..%2Finternal%2Fanything",
            "/api/catalog/products/1;/../../../internal/anything"})
    void refusesPathsThatCouldClimbOutOfARoute(String path) {
        Backends.CATALOG.stubFor(any(anyUrl()).willReturn(okJson("{}")));

        client.get().uri(URI.create("http://localhost:" + port + path))
                .header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.token("svc-" + port, Role.SERVICE)))
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEM + "malformed-request");

        Backends.all().forEach(backend -> backend.verify(0, anyRequestedFor(anyUrl())));
    }

    // ---- authentication ----

    @Test
    void refusesAProtectedPathWithoutTokenWith401Problem() {
        client.get().uri("/api/onboarding/overview")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEM + "unauthenticated")
                .jsonPath("$.status").isEqualTo(401)
                .jsonPath("$.detail").isEqualTo("This request needs a bearer token.");

        Backends.ONBOARDING.verify(0, anyRequestedFor(anyUrl()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"forged", "expired", "garbage"})
    void refusesATokenThatIsNotGenuineOrHasExpired(String kind) {
        String token = switch (kind) {
            case "forged" -> TestTokens.signedWithAnotherSecret();
            case "expired" -> TestTokens.expired();
            default -> "not-a-jwt";
        };

        client.get().uri("/api/billing/deposit")
                .header(HttpHeaders.AUTHORIZATION, bearer(token))
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"")
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEM + "unauthenticated");

        Backends.BILLING.verify(0, anyRequestedFor(anyUrl()));
    }

    @ParameterizedTest
    @CsvSource({
            "catalog,    /api/catalog/categories",
            "catalog,    /api/catalog/categories/c-7",
            "catalog,    /api/catalog/products/p-42",
            "onboarding, /api/onboarding/agreements"})
    void letsPublicReadsThroughWithoutAToken(String service, String path) {
        WireMockServer backend = backend(service);
        backend.stubFor(get(path).willReturn(okJson("[]")));

        client.get().uri(path).exchange().expectStatus().isOk().expectBody().json("[]");

        backend.verify(1, getRequestedFor(urlEqualTo(path)).withoutHeader(HttpHeaders.AUTHORIZATION));
    }

    @Test
    void leavesCachingToTheServices() {
        Backends.CATALOG.stubFor(get("/api/catalog/categories").withHeader(HttpHeaders.IF_NONE_MATCH, equalTo("\"v7\""))
                .willReturn(aResponse().withStatus(304).withHeader(HttpHeaders.ETAG, "\"v7\"")));
        Backends.CATALOG.stubFor(get("/api/catalog/categories").withHeader(HttpHeaders.IF_NONE_MATCH, absent())
                .willReturn(okJson("[]").withHeader(HttpHeaders.ETAG, "\"v7\"")));

        client.get().uri("/api/catalog/categories").exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"v7\"")
                .expectHeader().doesNotExist(HttpHeaders.CACHE_CONTROL);
        client.get().uri("/api/catalog/categories").ifNoneMatch("\"v7\"").exchange()
                .expectStatus().isNotModified();
    }

    @Test
    void refusesAnInvalidTokenEvenOnAPublicRead() {
        client.get().uri("/api/catalog/categories")
                .header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.signedWithAnotherSecret()))
                .exchange()
                .expectStatus().isUnauthorized();

        Backends.CATALOG.verify(0, anyRequestedFor(anyUrl()));
    }

    @ParameterizedTest
    @CsvSource({
            "POST,  /api/catalog/products",
            "PATCH, /api/catalog/categories/c-7",
            "POST,  /api/catalog/products/p-1/submit",
            "GET,   /api/onboarding/agreements/extra",
            "GET,   /api/billing/notifications/wechat-pay"})
    void keepsWritesAndOtherPathsNextToPublicOnesProtected(String method, String path) {
        client.method(HttpMethod.valueOf(method)).uri(path)
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);

        Backends.all().forEach(backend -> backend.verify(0, anyRequestedFor(anyUrl())));
    }

    @Test
    void forwardsAPaymentChannelsNotificationWithoutAToken() {
        Backends.BILLING.stubFor(post("/api/billing/notifications/wechat-pay")
                .willReturn(okJson("{\"code\":\"SUCCESS\"}")));
        String signedBody = "{\"id\":\"evt-1\",\"resource\":{\"ciphertext\":\"abc\"}}";

        client.post().uri("/api/billing/notifications/wechat-pay")
                .header("Wechatpay-Signature", "c2lnbmF0dXJl")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(signedBody)
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.code").isEqualTo("SUCCESS");

        Backends.BILLING.verify(1, postRequestedFor(urlEqualTo("/api/billing/notifications/wechat-pay"))
                .withHeader("Wechatpay-Signature", equalTo("c2lnbmF0dXJl"))
                .withRequestBody(equalTo(signedBody)));
    }

    @Test
    void leavesRoleChecksToTheServices() {
        String serviceAnswer = "{\"type\":\"https://marketplace.example/problems/forbidden\",\"title\":\"Forbidden\","
                + "\"status\":403,\"detail\":\"Only an administrator may change the deposit tier.\"}";
        Backends.BILLING.stubFor(put("/api/billing/deposit-tier").willReturn(aResponse()
                .withStatus(403).withHeader("Content-Type", "application/problem+json").withBody(serviceAnswer)));
        String providerToken = TestTokens.provider();

        client.put().uri("/api/billing/deposit-tier")
                .header(HttpHeaders.AUTHORIZATION, bearer(providerToken))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"amountFen\":500000,\"effectiveFrom\":\"2026-07-01\"}")
                .exchange()
                .expectStatus().isForbidden()
                .expectBody().json(serviceAnswer, true);

        Backends.BILLING.verify(1, putRequestedFor(urlEqualTo("/api/billing/deposit-tier"))
                .withHeader(HttpHeaders.AUTHORIZATION, equalTo(bearer(providerToken))));
    }

    // ---- a service that is down or slow ----

    @ParameterizedTest
    @ValueSource(strings = {"GET", "POST", "PUT", "PATCH", "DELETE"})
    void answers503ProblemForEveryMethodWhenTheServiceRefusesConnections(String method) {
        merchantBreakerIfCreated().ifPresent(breaker -> assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED));

        WebTestClient.RequestBodySpec request = client.method(HttpMethod.valueOf(method))
                .uri("/api/merchants/wechat-applications/w-1")
                .header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.provider()));
        WebTestClient.RequestHeadersSpec<?> withBody = method.equals("GET") || method.equals("DELETE")
                ? request
                : request.contentType(MediaType.APPLICATION_JSON).bodyValue("{\"superAdmin\":{\"name\":\"张三\"}}");

        withBody.exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "30")
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo(PROBLEM + "service-unavailable")
                .jsonPath("$.status").isEqualTo(503)
                .jsonPath("$.detail").value(containsString("merchant"));

        assertThat(merchantBreakerIfCreated().orElseThrow().getMetrics().getNumberOfFailedCalls()).isEqualTo(1);
    }

    @Test
    void opensTheBreakerAfterRepeatedFailuresAndKeepsAnswering503WithoutCallingTheService() {
        String token = TestTokens.provider();
        for (int call = 0; call < 4; call++) {
            client.post().uri("/api/merchants/tenpay-accounts").header(HttpHeaders.AUTHORIZATION, bearer(token))
                    .exchange().expectStatus().isEqualTo(503);
        }
        CircuitBreaker merchant = merchantBreakerIfCreated().orElseThrow();
        assertThat(merchant.getState()).isEqualTo(CircuitBreaker.State.OPEN);

        client.delete().uri("/api/merchants/tenpay-accounts/t-1").header(HttpHeaders.AUTHORIZATION, bearer(token))
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().exists(HttpHeaders.RETRY_AFTER)
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEM + "service-unavailable");

        assertThat(merchant.getMetrics().getNumberOfNotPermittedCalls()).isEqualTo(1);
    }

    @Test
    void answers503ProblemWhenTheServiceTakesLongerThanTheTimeLimit() {
        Backends.CATALOG.stubFor(post("/api/catalog/products")
                .willReturn(okJson("{\"id\":\"late\"}").withFixedDelay(5_000)));
        long started = System.nanoTime();

        client.post().uri("/api/catalog/products")
                .header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.provider()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"name\":\"对象存储\"}")
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectBody()
                .jsonPath("$.type").isEqualTo(PROBLEM + "service-unavailable")
                .jsonPath("$.detail").value(containsString("catalog"));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
    }

    // ---- local-only and infrastructure paths ----

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void hasNoDevelopmentTokenEndpointOutsideLocalMode(boolean withToken) {
        WebTestClient.RequestBodySpec request = client.post().uri("/api/dev/tokens");
        if (withToken) {
            request = request.header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.provider()));
        }

        request.contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"subject\":\"p-1\",\"roles\":[\"ADMIN\"]}")
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.accessToken").doesNotExist()
                .jsonPath("$.type").isEqualTo(PROBLEM + "not-found");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"})
    void reportsHealthAndProbesWithoutAToken(String path) {
        client.get().uri(path).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    @Test
    void listsEveryServicesApiDocumentInTheSwaggerUi() {
        client.get().uri("/v3/api-docs/swagger-config").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.urls[*].url").value(containsInAnyOrder(
                        "/api-docs/onboarding", "/api-docs/merchant", "/api-docs/catalog", "/api-docs/billing"));

        String location = client.get().uri("/swagger-ui.html").exchange()
                .expectStatus().is3xxRedirection()
                .returnResult(Void.class).getResponseHeaders().getLocation().toString();
        client.get().uri(location).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML);
    }

    @Test
    void servesAServicesApiDocumentFromItsOwnV3ApiDocs() {
        Backends.CATALOG.stubFor(get("/v3/api-docs").willReturn(okJson(
                "{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"catalog-service\"}}")));

        client.get().uri("/api-docs/catalog").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.info.title").isEqualTo("catalog-service");

        Backends.CATALOG.verify(1, getRequestedFor(urlEqualTo("/v3/api-docs")));
    }

    /** Looked up, never created here: a breaker created by the test would not carry the gateway's settings. */
    private Optional<CircuitBreaker> merchantBreakerIfCreated() {
        return circuitBreakers.getCircuitBreakerRegistry().find("merchant");
    }

    private static WireMockServer backend(String service) {
        return switch (service) {
            case "onboarding" -> Backends.ONBOARDING;
            case "merchant" -> Backends.MERCHANT;
            case "catalog" -> Backends.CATALOG;
            case "billing" -> Backends.BILLING;
            default -> throw new IllegalArgumentException(service);
        };
    }
}
