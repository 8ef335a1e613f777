package cloud.marketplace.onboarding.overview;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import cloud.marketplace.onboarding.PeerStubs;
import cloud.marketplace.onboarding.support.Api;
import cloud.marketplace.onboarding.support.Journey;
import cloud.marketplace.platform.test.ServiceIntegrationTest;
import cloud.marketplace.platform.test.TestTokens;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

@ServiceIntegrationTest
class OverviewIT {

    /**
     * The overview's own budget is 1.2 s (application.yml); the slow peers below answer after 8 s.
     * The check is that the answer does not wait for them, with room for a loaded CI machine: timings
     * are measured, not asserted tightly.
     */
    private static final long BUDGET_MILLIS = 4_000;

    @LocalServerPort int port;
    @Autowired JsonMapper json;
    @Autowired CircuitBreakerRegistry breakers;
    @Autowired BulkheadRegistry bulkheads;
    @Autowired TimeLimiterRegistry timeLimiters;

    private Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port, json);
        // the first peer calls of a fresh context load classes; measure warm calls
        String warm = Journey.newProvider();
        peersAnswer(warm, merchant(warm, false), deposit(warm, "UNPAID", 0), products(warm, 0, 0));
        api.get("/api/onboarding/overview", TestTokens.provider(warm));
        breakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
    }

    @AfterEach
    void closeBreakers() {
        breakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
    }

    @Test
    void eachTaskFollowsThePeerThatKnowsIt() {
        String provider = Journey.newProvider();
        peersAnswer(provider, merchant(provider, true), deposit(provider, "SHORTFALL", 300_000), products(provider, 2, 0));

        Map<String, String> tasks = overview(provider);

        assertThat(tasks).containsExactly(Map.entry("MERCHANT_ACCOUNT", "DONE"), Map.entry("STORE", "TODO"),
                Map.entry("PRODUCT", "IN_PROGRESS"), Map.entry("DEPOSIT", "IN_PROGRESS"));
        PeerStubs.server().verify(getRequestedFor(urlPathEqualTo("/internal/merchants/providers/" + provider + "/status"))
                .withHeader("Authorization", matching("Bearer .+")));
    }

    @Test
    void eachPeerCallHasItsOwnTimeLimitBreakerAndBulkhead() {
        for (String call : List.of("merchantProviderStatus", "billingDeposit", "catalogProductSummary")) {
            assertThat(timeLimiters.find(call)).as(call).hasValueSatisfying(limiter ->
                    assertThat(limiter.getTimeLimiterConfig().getTimeoutDuration()).isEqualTo(Duration.ofSeconds(1)));
            assertThat(bulkheads.find(call)).as(call).hasValueSatisfying(bulkhead ->
                    assertThat(bulkhead.getBulkheadConfig().getMaxConcurrentCalls()).isEqualTo(25));
            assertThat(breakers.find(call)).as(call).hasValueSatisfying(breaker ->
                    assertThat(breaker.getCircuitBreakerConfig().getMinimumNumberOfCalls()).isEqualTo(5));
        }
    }

    @Test
    void aSlowPeerMakesItsTaskUnknownAndTheOverviewStillAnswersInTime() {
        String provider = Journey.newProvider();
        peersAnswer(provider, merchant(provider, false).withFixedDelay(8_000), deposit(provider, "PAID", 500_000),
                products(provider, 3, 1));

        long started = System.nanoTime();
        Map<String, String> tasks = overview(provider);
        long tookMillis = (System.nanoTime() - started) / 1_000_000;

        assertThat(tookMillis).isLessThan(BUDGET_MILLIS);
        assertThat(tasks).containsEntry("MERCHANT_ACCOUNT", "UNKNOWN").containsEntry("DEPOSIT", "DONE")
                .containsEntry("PRODUCT", "DONE").containsEntry("STORE", "TODO");
    }

    @Test
    void aPeerThatIsDownOrFailingMakesItsTaskUnknown() {
        String provider = Journey.newProvider();
        peersAnswer(provider, merchant(provider, false), aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
                aResponse().withStatus(500));

        long started = System.nanoTime();
        Map<String, String> tasks = overview(provider);

        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(BUDGET_MILLIS);
        assertThat(tasks).containsEntry("MERCHANT_ACCOUNT", "IN_PROGRESS").containsEntry("DEPOSIT", "UNKNOWN")
                .containsEntry("PRODUCT", "UNKNOWN");
    }

    @Test
    void allPeersSlowAtOnceStillAnswerWithinTheBudget() {
        String provider = Journey.newProvider();
        peersAnswer(provider, merchant(provider, true).withFixedDelay(8_000),
                deposit(provider, "PAID", 500_000).withFixedDelay(8_000), products(provider, 1, 1).withFixedDelay(8_000));

        long started = System.nanoTime();
        Map<String, String> tasks = overview(provider);

        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(BUDGET_MILLIS);
        assertThat(tasks).containsExactly(Map.entry("MERCHANT_ACCOUNT", "UNKNOWN"), Map.entry("STORE", "TODO"),
                Map.entry("PRODUCT", "UNKNOWN"), Map.entry("DEPOSIT", "UNKNOWN"));
    }

    @Test
    void garbageFromAPeerIsUnknownAndA404IsNothingDoneYet() {
        String provider = Journey.newProvider();
        peersAnswer(provider, aResponse().withStatus(200).withHeader("Content-Type", "text/html").withBody("<html>"),
                aResponse().withStatus(404), aResponse().withStatus(404));

        assertThat(overview(provider)).containsExactly(Map.entry("MERCHANT_ACCOUNT", "UNKNOWN"), Map.entry("STORE", "TODO"),
                Map.entry("PRODUCT", "TODO"), Map.entry("DEPOSIT", "TODO"));
    }

    @Test
    void aPeerWhoseBreakerIsOpenIsNotCalledAndItsTaskIsUnknown() {
        String provider = Journey.newProvider();
        peersAnswer(provider, aResponse().withStatus(503), deposit(provider, "UNPAID", 0), products(provider, 0, 0));
        for (int i = 0; i < 5; i++) {
            assertThat(overview(provider)).containsEntry("MERCHANT_ACCOUNT", "UNKNOWN");
        }
        assertThat(breakers.circuitBreaker("merchantProviderStatus").getState()).isEqualTo(CircuitBreaker.State.OPEN);

        assertThat(overview(provider)).containsEntry("MERCHANT_ACCOUNT", "UNKNOWN").containsEntry("DEPOSIT", "TODO");
        PeerStubs.server().verify(5, getRequestedFor(urlPathEqualTo("/internal/merchants/providers/" + provider + "/status")));
    }

    @Test
    void onlyProvidersHaveAnOverview() {
        assertThat(api.get("/api/onboarding/overview", TestTokens.operator()).status()).isEqualTo(403);
        assertThat(api.get("/api/onboarding/overview", null).status()).isEqualTo(401);
    }

    private Map<String, String> overview(String provider) {
        Api.Answer answer = api.get("/api/onboarding/overview", TestTokens.provider(provider));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        Map<String, String> tasks = new LinkedHashMap<>();
        answer.json().path("tasks").forEach(t -> tasks.put(t.path("task").asString(), t.path("status").asString()));
        return tasks;
    }

    private static void peersAnswer(String provider, ResponseDefinitionBuilder merchant, ResponseDefinitionBuilder billing,
                                    ResponseDefinitionBuilder catalog) {
        var wireMock = PeerStubs.server();
        wireMock.stubFor(get(urlPathEqualTo("/internal/merchants/providers/" + provider + "/status")).willReturn(merchant));
        wireMock.stubFor(get(urlPathEqualTo("/internal/billing/providers/" + provider + "/deposit")).willReturn(billing));
        wireMock.stubFor(get(urlPathEqualTo("/internal/catalog/providers/" + provider + "/products/summary"))
                .willReturn(catalog));
    }

    private static ResponseDefinitionBuilder merchant(String provider, boolean active) {
        List<String> channels = active
                ? List.of("{\"channel\": \"WECHAT_PAY\", \"status\": \"SIGNING\", \"active\": false}",
                        "{\"channel\": \"TENPAY\", \"status\": \"ACTIVE\", \"active\": true}")
                : List.of("{\"channel\": \"WECHAT_PAY\", \"status\": \"SUBMITTED\", \"active\": false}");
        return okJson("{\"providerId\": \"" + provider + "\", \"channels\": [" + String.join(", ", channels) + "]}");
    }

    private static ResponseDefinitionBuilder deposit(String provider, String status, long paidFen) {
        return okJson("{\"providerId\": \"" + provider + "\", \"requiredFen\": 500000, \"paidFen\": " + paidFen
                + ", \"status\": \"" + status + "\"}");
    }

    private static ResponseDefinitionBuilder products(String provider, long total, long listed) {
        return okJson("{\"providerId\": \"" + provider + "\", \"total\": " + total + ", \"listed\": " + listed
                + ", \"underReview\": " + (total - listed) + "}");
    }
}
