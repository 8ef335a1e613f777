package cloud.marketplace.onboarding.application;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import cloud.marketplace.onboarding.PeerStubs;
import cloud.marketplace.onboarding.support.Api;
import cloud.marketplace.onboarding.support.Companies;
import cloud.marketplace.onboarding.support.Images;
import cloud.marketplace.onboarding.support.Journey;
import cloud.marketplace.platform.BusinessCalendar;
import cloud.marketplace.platform.test.ServiceIntegrationTest;
import cloud.marketplace.platform.test.TestTokens;
import com.github.tomakehurst.wiremock.http.Fault;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** Ownership, roles, field validation, licence checks and the catalog's part in submission. */
@ServiceIntegrationTest
class ApplicationRulesIT {

    @LocalServerPort int port;
    @Autowired JsonMapper json;
    @Autowired BusinessCalendar calendar;
    @Autowired JdbcClient jdbc;
    @Autowired CircuitBreakerRegistry breakers;

    private Api api;
    private Journey journey;

    @BeforeEach
    void setUp() {
        api = new Api(port, json);
        journey = new Journey(api, calendar.today());
    }

    @AfterEach
    void closeBreakers() {
        breakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
    }

    @Test
    void anotherProvidersApplicationIsNotFoundOnEveryEndpointTakingItsId() {
        String owner = Journey.newProvider();
        String id = journey.submitted(owner);
        String other = TestTokens.provider(Journey.newProvider());
        String path = "/api/onboarding/applications/" + id;

        assertThat(api.get(path, other).status()).isEqualTo(404);
        assertThat(api.put(path, other, Map.of()).status()).isEqualTo(404);
        assertThat(api.upload(path + "/business-license", other, Images.png(), "x.png", MediaType.IMAGE_PNG).status())
                .isEqualTo(404);
        assertThat(api.get(path + "/business-license", other).status()).isEqualTo(404);
        assertThat(api.post(path + "/submit", other, null).status()).isEqualTo(404);
        assertThat(api.get(path, other).problem()).isEqualTo("not-found");
        assertThat(api.get(path, TestTokens.provider(owner)).status()).isEqualTo(200);
        assertThat(api.get("/api/onboarding/applications/no-such-id", TestTokens.provider(owner)).status()).isEqualTo(404);
    }

    @Test
    void operatorsCannotEditAndProvidersCannotDecide() {
        String provider = Journey.newProvider();
        String id = journey.submitted(provider);
        String path = "/api/onboarding/applications/" + id;
        String token = TestTokens.provider(provider);

        assertThat(api.post(path + "/approve", token, null).status()).isEqualTo(403);
        assertThat(api.post(path + "/reject", token, Map.of("reasons", List.of(Map.of("field", "a", "reason", "b"))))
                .status()).isEqualTo(403);
        assertThat(api.get("/api/onboarding/applications?status=SUBMITTED", token).status()).isEqualTo(403);
        assertThat(api.put(path, TestTokens.operator(), Map.of()).status()).isEqualTo(403);
        assertThat(api.upload(path + "/business-license", TestTokens.operator(), Images.png(), "x.png",
                MediaType.IMAGE_PNG).status()).isEqualTo(403);
        assertThat(api.post(path + "/submit", TestTokens.operator(), null).status()).isEqualTo(403);
        assertThat(api.post("/api/onboarding/applications", TestTokens.operator(), null).status()).isEqualTo(403);
        assertThat(api.post(path + "/approve", TestTokens.admin(), null).status()).isEqualTo(403);
        assertThat(api.get(path, null).status()).isEqualTo(401);
        assertThat(api.get("/internal/onboarding/providers/" + provider, token).status()).isEqualTo(403);
        assertThat(api.get("/internal/onboarding/providers/" + provider, TestTokens.service()).status())
                .as("not approved yet").isEqualTo(404);
        assertThat(api.get(path, token).text("status")).isEqualTo("SUBMITTED");
    }

    @Test
    void everyInvalidFieldIsListedInOneProblem() {
        String provider = Journey.newProvider();
        String id = journey.start(provider);
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("businessLicenseNumber", "91350100M000100Y44");
        form.put("registeredCapitalFen", -1);
        form.put("technicalStaff", -3);
        form.put("supportSchedule", Map.of("daysPerWeek", 8, "hoursPerDay", 25));
        form.put("categoryIds", List.of(0));
        form.put("contact", Map.of("name", "x".repeat(65), "mobile", "1380013800", "email", "not-an-email"));

        Api.Answer refused = api.put("/api/onboarding/applications/" + id, TestTokens.provider(provider), form);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.problem()).isEqualTo("validation");
        assertThat(refused.json().path("errors").valueStream().map(e -> e.path("field").asString()).toList())
                .contains("businessLicenseNumber", "registeredCapitalFen", "technicalStaff", "supportSchedule.daysPerWeek",
                        "supportSchedule.hoursPerDay", "contact.name", "contact.mobile", "contact.email")
                .anySatisfy(field -> assertThat(field).startsWith("categoryIds"));
    }

    @Test
    void mobileNumbersMustBeElevenMainlandDigits() {
        String provider = Journey.newProvider();
        Companies.Company company = journey.verify(provider);
        String id = journey.start(provider);
        for (String bad : List.of("1380013800", "138001380001", "12800138000", "+8613800138000", "1380013800a")) {
            Map<String, Object> form = new LinkedHashMap<>(journey.completeForm(company, List.of(101L)));
            form.put("contact", Map.of("name", "李四", "mobile", bad, "email", "li.si@example.cn"));
            Api.Answer refused = api.put("/api/onboarding/applications/" + id, TestTokens.provider(provider), form);
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("contact.mobile");
        }
        Map<String, Object> good = new LinkedHashMap<>(journey.completeForm(company, List.of(101L)));
        good.put("contact", Map.of("name", "李四", "mobile", "19912345678", "email", "li.si@example.cn"));
        assertThat(api.put("/api/onboarding/applications/" + id, TestTokens.provider(provider), good).status()).isEqualTo(200);
    }

    static Stream<Arguments> refusedFiles() {
        return Stream.of(
                Arguments.of("a PDF", Images.pdf(), "license.pdf", "not a JPEG or PNG"),
                Arguments.of("an executable named .png", Images.executable(), "license.png", "not a JPEG or PNG"),
                Arguments.of("an empty file", new byte[0], "license.png", "empty"),
                Arguments.of("2 MB + 1 byte", Images.pngOfSize(Images.TWO_MB + 1), "license.png", "at most 2097152"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedFiles")
    void aLicenceThatIsNotAJpegOrPngOfAtMostTwoMegabytesIsRefusedAndNothingIsStored(String what, byte[] bytes,
                                                                                     String filename, String why) {
        String provider = Journey.newProvider();
        String id = journey.start(provider);

        Api.Answer refused = api.upload("/api/onboarding/applications/" + id + "/business-license",
                TestTokens.provider(provider), bytes, filename, MediaType.IMAGE_PNG);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.problem()).isEqualTo("invalid-document");
        assertThat(refused.text("detail")).contains(why);
        assertThat(api.get("/api/onboarding/applications/" + id, TestTokens.provider(provider)).json()
                .path("businessLicense").isNull()).isTrue();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM business_license WHERE application_id = :id").param("id", id)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aLicenceOfExactlyTwoMegabytesIsAccepted() {
        String provider = Journey.newProvider();
        String id = journey.start(provider);
        byte[] bytes = Images.pngOfSize(Images.TWO_MB);

        Api.Answer accepted = api.upload("/api/onboarding/applications/" + id + "/business-license",
                TestTokens.provider(provider), bytes, "scan.bin", MediaType.APPLICATION_OCTET_STREAM);

        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.json().path("businessLicense").path("sizeBytes").asLong()).isEqualTo(Images.TWO_MB);
        assertThat(accepted.json().path("businessLicense").path("mediaType").asString()).isEqualTo("image/png");
        assertThat(api.get("/api/onboarding/applications/" + id + "/business-license", TestTokens.provider(provider)).raw())
                .isEqualTo(bytes);
    }

    @Test
    void invalidCategoriesAreNamedWithTheOtherUnmetConditions() {
        long missing = uniqueCategoryId();
        PeerStubs.server().stubFor(post(urlPathEqualTo("/internal/catalog/categories/validation")).atPriority(1)
                .withRequestBody(matchingJsonPath("$.categoryIds[?(@ == " + missing + ")]"))
                .willReturn(okJson("{\"valid\": false, \"invalid\": [{\"id\": 1, \"reason\": \"NOT_LEVEL_1\"}, "
                        + "{\"id\": " + missing + ", \"reason\": \"NOT_FOUND\"}]}")));
        String provider = Journey.newProvider();
        Companies.Company company = journey.verify(provider);
        String id = journey.start(provider);
        Map<String, Object> form = new LinkedHashMap<>(journey.completeForm(company, List.of(101L, 1L, missing)));
        form.put("registeredCapitalFen", 100);
        journey.fill(provider, id, form);
        journey.attachLicense(provider, id, Images.png());

        Api.Answer refused = api.post("/api/onboarding/applications/" + id + "/submit", TestTokens.provider(provider), null);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().path("violations").valueStream().map(v -> v.path("field").asString()).toList())
                .containsExactly("registeredCapitalFen", "categoryIds[1]", "categoryIds[2]");
        PeerStubs.server().verify(1, postRequestedFor(urlPathEqualTo("/internal/catalog/categories/validation"))
                .withRequestBody(matchingJsonPath("$.categoryIds[?(@ == " + missing + ")]"))
                .withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.matching("Bearer .+")));
    }

    @Test
    void whenCatalogIsDownSubmissionAnswers503WithRetryAfterAndSubmitsNothing() {
        long category = uniqueCategoryId();
        PeerStubs.server().stubFor(post(urlPathEqualTo("/internal/catalog/categories/validation")).atPriority(1)
                .withRequestBody(matchingJsonPath("$.categoryIds[?(@ == " + category + ")]"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertSubmissionUnavailable(category, 5_000);
    }

    @Test
    void whenCatalogIsSlowSubmissionGivesUpInBoundedTimeWith503() {
        long category = uniqueCategoryId();
        PeerStubs.server().stubFor(post(urlPathEqualTo("/internal/catalog/categories/validation")).atPriority(1)
                .withRequestBody(matchingJsonPath("$.categoryIds[?(@ == " + category + ")]"))
                .willReturn(okJson("{\"valid\": true, \"invalid\": []}").withFixedDelay(10_000)));

        assertSubmissionUnavailable(category, 6_000);
    }

    @Test
    void whenCatalogFailsSubmissionAnswers503() {
        long category = uniqueCategoryId();
        PeerStubs.server().stubFor(post(urlPathEqualTo("/internal/catalog/categories/validation")).atPriority(1)
                .withRequestBody(matchingJsonPath("$.categoryIds[?(@ == " + category + ")]"))
                .willReturn(aResponse().withStatus(500)));

        assertSubmissionUnavailable(category, 5_000);
    }

    private void assertSubmissionUnavailable(long category, long withinMillis) {
        String provider = Journey.newProvider();
        Companies.Company company = journey.verify(provider);
        String id = journey.start(provider);
        journey.fill(provider, id, journey.completeForm(company, List.of(category)));
        journey.attachLicense(provider, id, Images.png());

        long started = System.nanoTime();
        Api.Answer unavailable = api.post("/api/onboarding/applications/" + id + "/submit", TestTokens.provider(provider),
                null);
        long tookMillis = (System.nanoTime() - started) / 1_000_000;

        assertThat(unavailable.status()).as(unavailable.toString()).isEqualTo(503);
        assertThat(unavailable.problem()).isEqualTo("service-unavailable");
        assertThat(unavailable.headers().getFirst("Retry-After")).isEqualTo("30");
        assertThat(tookMillis).isLessThan(withinMillis);
        assertThat(api.get("/api/onboarding/applications/" + id, TestTokens.provider(provider)).text("status"))
                .isEqualTo("DRAFT");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox_event WHERE payload LIKE :id").param("id", "%" + id + "%")
                .query(Long.class).single()).isZero();
    }

    private static long uniqueCategoryId() {
        return 7_000_000L + ThreadLocalRandom.current().nextInt(1_000_000);
    }
}
