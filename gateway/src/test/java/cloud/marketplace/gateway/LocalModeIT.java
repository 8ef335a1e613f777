package cloud.marketplace.gateway;

import static cloud.marketplace.gateway.TestTokens.bearer;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;

import cloud.marketplace.security.MarketplaceTokens;
import cloud.marketplace.security.Role;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Local mode: development tokens exist. This context also carries a tiny rate limit (3 requests,
 * refilling one per 100 s) so that the limit is reached within a test.
 */
@ActiveProfiles("local")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "marketplace.gateway.rate-limit.burst=3",
        "marketplace.gateway.rate-limit.replenish-per-second=0.01"})
class LocalModeIT {

    private static final String PROBLEM = "https://marketplace.example/problems/";

    @DynamicPropertySource
    static void backends(DynamicPropertyRegistry registry) {
        Backends.register(registry, false);
    }

    @LocalServerPort
    int port;

    WebTestClient client;

    @BeforeEach
    void setUp() {
        Backends.resetAll();
        client = WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(20)).build();
    }

    // ---- development tokens ----

    @Test
    void issuesATwelveHourTokenForTheSubjectAndRolesAsked() {
        String token = client.post().uri("/api/dev/tokens")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("subject", "provider-7", "roles", List.of("PROVIDER", "OPERATOR")))
                .exchange()
                .expectStatus().isOk()
                .expectHeader().cacheControl(CacheControl.noStore())
                .expectBody(Map.class).returnResult().getResponseBody().get("accessToken").toString();

        Jwt jwt = TestTokens.TOKENS.decoder().decode(token);
        assertThat(jwt.getSubject()).isEqualTo("provider-7");
        assertThat(MarketplaceTokens.roles(jwt)).containsExactly(Role.PROVIDER, Role.OPERATOR);
        assertThat(Duration.between(jwt.getIssuedAt(), jwt.getExpiresAt())).isEqualTo(Duration.ofHours(12));
    }

    @Test
    void aDevelopmentTokenOpensTheRoutes() {
        String subject = TestTokens.uniqueSubject("provider");
        String token = client.post().uri("/api/dev/tokens")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("subject", subject, "roles", List.of("PROVIDER")))
                .exchange()
                .expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody().get("accessToken").toString();
        Backends.MERCHANT.stubFor(get("/api/merchants/me").willReturn(okJson("{\"wechat\":null,\"tenpay\":null}")));

        client.get().uri("/api/merchants/me").header(HttpHeaders.AUTHORIZATION, bearer(token))
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.tenpay").isEmpty();

        Backends.MERCHANT.verify(1, getRequestedFor(urlEqualTo("/api/merchants/me"))
                .withHeader(HttpHeaders.AUTHORIZATION, equalTo(bearer(token))));
    }

    static Stream<Arguments> invalidTokenRequests() {
        return Stream.of(
                Arguments.of("{\"subject\":\"\",\"roles\":[]}", List.of("roles", "subject")),
                Arguments.of("{\"subject\":\"" + "p".repeat(65) + "\",\"roles\":[\"SERVICE\"]}",
                        List.of("roles[0]", "subject")),
                Arguments.of("{\"roles\":[\"PROVIDER\",\"ROOT\"]}", List.of("roles[1]", "subject")),
                Arguments.of("{\"subject\":\"p-1\"}", List.of("roles")),
                Arguments.of("{\"subject\":\"   \",\"roles\":[\"ADMIN\",null]}", List.of("roles[1]", "subject")));
    }

    @ParameterizedTest
    @MethodSource("invalidTokenRequests")
    void refusesAnInvalidTokenRequestListingEveryField(String body, List<String> fields) {
        client.post().uri("/api/dev/tokens")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo(PROBLEM + "validation")
                .jsonPath("$.accessToken").doesNotExist()
                .jsonPath("$.errors[*].field").value(containsInAnyOrder(fields.toArray()));
    }

    @Test
    void refusesATokenRequestThatIsNotJson() {
        client.post().uri("/api/dev/tokens")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"subject\": ")
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(400);
    }

    // ---- rate limits ----

    @Test
    void limitsACallerToTheBurstAndAnswers429Problem() {
        Backends.ONBOARDING.stubFor(get(urlPathEqualTo("/api/onboarding/overview")).willReturn(okJson("{}")));
        String token = TestTokens.provider();

        for (String remaining : List.of("2", "1", "0")) {
            overview(token).expectStatus().isOk().expectHeader().valueEquals("X-RateLimit-Remaining", remaining);
        }
        overview(token)
                .expectStatus().isEqualTo(429)
                .expectHeader().valueEquals("X-RateLimit-Remaining", "0")
                .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "100")
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEM + "too-many-requests")
                .jsonPath("$.status").isEqualTo(429);

        Backends.ONBOARDING.verify(3, getRequestedFor(urlEqualTo("/api/onboarding/overview")));
    }

    @Test
    void givesEveryCallerItsOwnBucket() {
        Backends.ONBOARDING.stubFor(get(urlPathEqualTo("/api/onboarding/overview")).willReturn(okJson("{}")));
        String first = TestTokens.provider();
        String second = TestTokens.provider();
        for (int request = 0; request < 3; request++) {
            overview(first).expectStatus().isOk();
        }
        overview(first).expectStatus().isEqualTo(429);

        overview(second).expectStatus().isOk().expectHeader().valueEquals("X-RateLimit-Remaining", "2");
    }

    @Test
    void keysAnonymousCallersByAddressApartFromTokenHolders() {
        Backends.CATALOG.stubFor(get(anyUrl()).willReturn(okJson("[]")));
        for (int request = 0; request < 3; request++) {
            client.get().uri("/api/catalog/categories").exchange().expectStatus().isOk();
        }
        client.get().uri("/api/catalog/categories").exchange()
                .expectStatus().isEqualTo(429)
                .expectHeader().exists(HttpHeaders.RETRY_AFTER);

        client.get().uri("/api/catalog/categories")
                .header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.provider()))
                .exchange()
                .expectStatus().isOk();
        Backends.CATALOG.verify(4, getRequestedFor(urlEqualTo("/api/catalog/categories")));
    }

    private WebTestClient.ResponseSpec overview(String token) {
        return client.get().uri("/api/onboarding/overview").header(HttpHeaders.AUTHORIZATION, bearer(token)).exchange();
    }
}
