package cloud.marketplace.onboarding.realname;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import cloud.marketplace.onboarding.PeerStubs;
import cloud.marketplace.onboarding.support.Api;
import cloud.marketplace.onboarding.support.Companies;
import cloud.marketplace.onboarding.support.Journey;
import cloud.marketplace.platform.test.ServiceIntegrationTest;
import cloud.marketplace.platform.test.TestTokens;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

@ServiceIntegrationTest
class RealNameIT {

    private static final String PARTNER_PATH = "/realname/v1/enterprise-verifications";

    @LocalServerPort int port;
    @Autowired JsonMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired CircuitBreakerRegistry breakers;

    private Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port, json);
        breakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
    }

    @AfterEach
    void closeBreakers() {
        breakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
    }

    @Test
    void aVerifiedCompanyBecomesTheApplicationsCompanyWithThePartnersSpelling() {
        String provider = Journey.newProvider();
        Companies.Company company = Companies.next();
        partnerAnswers(company, okJson("{\"verified\": true, \"companyName\": \"" + company.name() + "（注册名）\"}"));

        Api.Answer verified = verify(provider, company);

        assertThat(verified.status()).isEqualTo(200);
        assertThat(verified.text("status")).isEqualTo("VERIFIED");
        assertThat(verified.text("companyName")).isEqualTo(company.name() + "（注册名）");
        assertThat(api.get("/api/onboarding/real-name-verification", TestTokens.provider(provider)).text("status"))
                .isEqualTo("VERIFIED");
        Api.Answer application = api.post("/api/onboarding/applications", TestTokens.provider(provider), null);
        assertThat(application.text("companyName")).isEqualTo(company.name() + "（注册名）");
        assertThat(application.json().path("realNameVerified").asBoolean()).isTrue();
        PeerStubs.server().verify(1, postRequestedFor(urlPathEqualTo(PARTNER_PATH))
                .withRequestBody(matchingJsonPath("$.creditCode", equalTo(company.creditCode())))
                .withRequestBody(matchingJsonPath("$.legalRepresentativeName", equalTo(company.legalRepresentative()))));
    }

    @Test
    void aCompanyThePartnerDoesNotVerifyIsRecordedAsFailedWithItsReason() {
        String provider = Journey.newProvider();
        Companies.Company company = Companies.next();
        partnerAnswers(company, okJson("{\"verified\": false, \"reason\": \"法定代表人与登记信息不一致\"}"));

        Api.Answer failed = verify(provider, company);

        assertThat(failed.status()).isEqualTo(200);
        assertThat(failed.text("status")).isEqualTo("FAILED");
        assertThat(failed.text("reason")).isEqualTo("法定代表人与登记信息不一致");
        Api.Answer application = api.post("/api/onboarding/applications", TestTokens.provider(provider), null);
        assertThat(application.json().path("companyName").isNull()).isTrue();
        assertThat(application.json().path("realNameVerified").asBoolean()).isFalse();
    }

    static Stream<Arguments> partnerFailures() {
        return Stream.of(
                Arguments.of("slow", okJson("{\"verified\": true, \"companyName\": \"x\"}").withFixedDelay(10_000), 503),
                Arguments.of("down", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), 503),
                Arguments.of("failing", aResponse().withStatus(500), 503),
                Arguments.of("overloaded", aResponse().withStatus(503).withBody("busy"), 503),
                Arguments.of("an HTML page", aResponse().withStatus(200).withHeader("Content-Type", "text/html")
                        .withBody("<html><body>维护中</body></html>"), 502),
                Arguments.of("malformed JSON", okJson("{\"verified\": tr"), 502),
                Arguments.of("JSON without a verdict", okJson("{\"status\": \"OK\"}"), 502),
                Arguments.of("a verdict of the wrong type", okJson("{\"verified\": \"maybe\"}"), 502),
                Arguments.of("verified without a company name", okJson("{\"verified\": true}"), 502),
                Arguments.of("a refusal of our request", aResponse().withStatus(400).withBody("{}"), 502));
    }

    @ParameterizedTest(name = "partner {0}: {2}")
    @MethodSource("partnerFailures")
    void aPartnerThatGivesNoUsableAnswerIsAProblemAndNothingIsRecorded(String what, ResponseDefinitionBuilder answer,
                                                                     int status) {
        String provider = Journey.newProvider();
        Companies.Company company = Companies.next();
        partnerAnswers(company, answer);

        long started = System.nanoTime();
        Api.Answer problem = verify(provider, company);
        long tookMillis = (System.nanoTime() - started) / 1_000_000;

        assertThat(problem.status()).as(problem.toString()).isEqualTo(status);
        assertThat(problem.headers().getContentType()).hasToString("application/problem+json");
        if (status == 503) {
            assertThat(problem.problem()).isEqualTo("service-unavailable");
            assertThat(problem.headers().getFirst("Retry-After")).isEqualTo("30");
        } else {
            assertThat(problem.problem()).isEqualTo("partner-bad-answer");
        }
        assertThat(tookMillis).as("bounded by the read timeout").isLessThan(6_000);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM real_name_verification WHERE provider_id = :p").param("p", provider)
                .query(Long.class).single()).isZero();
        assertThat(api.get("/api/onboarding/real-name-verification", TestTokens.provider(provider)).status()).isEqualTo(404);
    }

    @Test
    void afterRepeatedFailuresTheBreakerOpensAndThePartnerIsNoLongerCalled() {
        Companies.Company company = Companies.next();
        partnerAnswers(company, aResponse().withStatus(500));
        String provider = Journey.newProvider();

        for (int i = 0; i < 5; i++) {
            assertThat(verify(provider, company).status()).isEqualTo(503);
        }
        Api.Answer shortCircuited = verify(provider, company);

        assertThat(shortCircuited.status()).isEqualTo(503);
        assertThat(breakers.circuitBreaker("realnameVerify").getState()).isEqualTo(CircuitBreaker.State.OPEN);
        PeerStubs.server().verify(5, postRequestedFor(urlPathEqualTo(PARTNER_PATH))
                .withRequestBody(matchingJsonPath("$.creditCode", equalTo(company.creditCode()))));
    }

    @Test
    void anInvalidCreditCodeIsRefusedBeforeThePartnerIsAsked() {
        Api.Answer refused = api.post("/api/onboarding/real-name-verification", TestTokens.provider(Journey.newProvider()),
                Map.of("companyName", "某公司", "creditCode", "91350100M000100Y44", "legalRepresentativeName", ""));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("errors").valueStream().map(e -> e.path("field").asString()).toList())
                .containsExactlyInAnyOrder("creditCode", "legalRepresentativeName");
        assertThat(refused.json().path("errors").toString()).contains("check character (position 18)");
        PeerStubs.server().verify(0, postRequestedFor(urlPathEqualTo(PARTNER_PATH))
                .withRequestBody(matchingJsonPath("$.creditCode", equalTo("91350100M000100Y44"))));
    }

    @Test
    void onlyProvidersVerifyTheirCompany() {
        Companies.Company company = Companies.next();
        Map<String, String> body = Map.of("companyName", company.name(), "creditCode", company.creditCode(),
                "legalRepresentativeName", company.legalRepresentative());

        assertThat(api.post("/api/onboarding/real-name-verification", TestTokens.operator(), body).status()).isEqualTo(403);
        assertThat(api.post("/api/onboarding/real-name-verification", null, body).status()).isEqualTo(401);
    }

    private Api.Answer verify(String provider, Companies.Company company) {
        return api.post("/api/onboarding/real-name-verification", TestTokens.provider(provider), Map.of(
                "companyName", company.name(), "creditCode", company.creditCode(),
                "legalRepresentativeName", company.legalRepresentative()));
    }

    private static void partnerAnswers(Companies.Company company, ResponseDefinitionBuilder answer) {
        PeerStubs.server().stubFor(post(urlPathEqualTo(PARTNER_PATH)).atPriority(1)
                .withRequestBody(matchingJsonPath("$.creditCode", equalTo(company.creditCode())))
                .willReturn(answer));
    }
}
