package cloud.marketplace.onboarding.store;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import cloud.marketplace.contracts.events.CloudEventHeaders;
import cloud.marketplace.contracts.events.Topics;
import cloud.marketplace.onboarding.PeerStubs;
import cloud.marketplace.onboarding.support.Api;
import cloud.marketplace.onboarding.support.Journey;
import cloud.marketplace.platform.BusinessCalendar;
import cloud.marketplace.platform.test.EventProbe;
import cloud.marketplace.platform.test.ServiceIntegrationTest;
import cloud.marketplace.platform.test.TestTokens;
import cloud.marketplace.security.Role;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@ServiceIntegrationTest
class StoreIT {

    private static final String STORE_PUBLISHED = "cloud.marketplace.onboarding.StorePublished.v1";

    @LocalServerPort int port;
    @Autowired JsonMapper json;
    @Autowired BusinessCalendar calendar;
    @Autowired EmbeddedKafkaBroker broker;

    private Api api;
    private Journey journey;

    @BeforeEach
    void setUp() {
        api = new Api(port, json);
        journey = new Journey(api, calendar.today());
    }

    private static Map<String, Object> profile(String name) {
        return Map.of("name", name, "introduction", "专注云数据库运维与迁移服务。",
                "customerService", Map.of("phone", "400-123-4567", "email", "kf@example.cn", "hours", "周一至周五 9:00-18:00"),
                "featuredProducts", List.of("云数据库备份", "数据迁移服务"));
    }

    @Test
    void anApprovedProvidersStoreIsPublishedByAnOperatorAndEveryoneSeesIt() {
        String provider = Journey.newProvider();
        String token = TestTokens.provider(provider);
        journey.approved(provider);

        Api.Answer edited = api.put("/api/onboarding/store", token, profile("云上小店"));
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(edited.json().path("current").path("status").asString()).isEqualTo("DRAFT");
        assertThat(edited.json().path("published").isNull()).isTrue();
        assertThat(api.get("/api/onboarding/stores/" + provider + "/profile", null).status()).isEqualTo(404);

        Api.Answer submitted = api.post("/api/onboarding/store/submit", token, null);
        assertThat(submitted.json().path("current").path("status").asString()).isEqualTo("SUBMITTED");
        assertThat(queue()).contains(provider);

        try (EventProbe events = EventProbe.on(broker.getBrokersAsString(), Topics.PROVIDER)) {
            Api.Answer approved = api.post("/api/onboarding/stores/" + provider + "/approve", TestTokens.operator(), null);
            assertThat(approved.status()).isEqualTo(200);
            assertThat(approved.json().path("published").path("revision").asInt()).isEqualTo(1);

            ConsumerRecord<String, String> record = events.await(r -> STORE_PUBLISHED.equals(
                    EventProbe.header(r, CloudEventHeaders.TYPE)) && provider.equals(r.key()), Duration.ofSeconds(15));
            assertThat(EventProbe.header(record, CloudEventHeaders.SUBJECT)).isEqualTo(provider);
            assertThat(EventProbe.header(record, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
            assertThat(EventProbe.header(record, CloudEventHeaders.SOURCE)).isEqualTo("/marketplace/onboarding-service");
            JsonNode event = json.readTree(record.value());
            assertThat(event.path("storeName").asString()).isEqualTo("云上小店");
            assertThat(event.path("revision").asInt()).isEqualTo(1);
            assertThat(event.path("eventId").asString()).isEqualTo(EventProbe.header(record, CloudEventHeaders.ID));
        }

        Api.Answer shown = api.get("/api/onboarding/stores/" + provider + "/profile", null);
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.json().path("profile").path("name").asString()).isEqualTo("云上小店");
        stubNothingDoneYet(provider);
        assertThat(api.get("/api/onboarding/overview", token).json().path("tasks").valueStream()
                .filter(t -> t.path("task").asString().equals("STORE")).findFirst().orElseThrow()
                .path("status").asString()).isEqualTo("DONE");
    }

    @Test
    void editingThePublishedStoreKeepsItShownWhileTheNewRevisionIsReviewed() {
        String provider = Journey.newProvider();
        String token = TestTokens.provider(provider);
        publishedStore(provider, "云上小店");

        Api.Answer edited = api.put("/api/onboarding/store", token, profile("云上小店·旗舰店"));
        assertThat(edited.json().path("current").path("revision").asInt()).isEqualTo(2);
        assertThat(edited.json().path("published").path("revision").asInt()).isEqualTo(1);
        assertThat(api.post("/api/onboarding/store/submit", token, null).status()).isEqualTo(200);

        assertThat(publicName(provider)).isEqualTo("云上小店");
        Api.Answer underReview = api.put("/api/onboarding/store", token, profile("又改了"));
        assertThat(underReview.status()).isEqualTo(409);
        assertThat(underReview.problem()).isEqualTo("store-under-review");

        Api.Answer rejected = api.post("/api/onboarding/stores/" + provider + "/reject", TestTokens.operator(),
                Map.of("reasons", List.of(Map.of("field", "name", "reason", "店铺名称不得含有“旗舰”"))));
        assertThat(rejected.status()).isEqualTo(200);
        assertThat(publicName(provider)).isEqualTo("云上小店");
        JsonNode mine = api.get("/api/onboarding/store", token).json();
        assertThat(mine.path("current").path("status").asString()).isEqualTo("REJECTED");
        assertThat(mine.path("current").path("reasons").get(0).path("field").asString()).isEqualTo("name");

        api.put("/api/onboarding/store", token, profile("云上小店·二店"));
        api.post("/api/onboarding/store/submit", token, null);
        Api.Answer approved = api.post("/api/onboarding/stores/" + provider + "/approve", TestTokens.operator(), null);
        assertThat(approved.json().path("published").path("revision").asInt()).isEqualTo(2);
        assertThat(publicName(provider)).isEqualTo("云上小店·二店");
    }

    @Test
    void aStoreGoesToReviewOnlyOnceTheProviderIsApproved() {
        String provider = Journey.newProvider();
        String token = TestTokens.provider(provider);
        assertThat(api.get("/api/onboarding/store", token).status()).isEqualTo(404);
        assertThat(api.put("/api/onboarding/store", token, profile("未入驻的店")).status()).isEqualTo(200);

        Api.Answer refused = api.post("/api/onboarding/store/submit", token, null);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.problem()).isEqualTo("provider-not-approved");
        assertThat(api.get("/api/onboarding/store", token).json().path("current").path("status").asString())
                .isEqualTo("DRAFT");
    }

    @Test
    void nothingSubmittedMeansNothingToDecide() {
        String provider = Journey.newProvider();
        journey.approved(provider);
        api.put("/api/onboarding/store", TestTokens.provider(provider), profile("草稿店"));

        Api.Answer approve = api.post("/api/onboarding/stores/" + provider + "/approve", TestTokens.operator(), null);
        Api.Answer unknown = api.post("/api/onboarding/stores/" + Journey.newProvider() + "/approve", TestTokens.operator(),
                null);

        assertThat(approve.status()).isEqualTo(409);
        assertThat(approve.problem()).isEqualTo("store-not-submitted");
        assertThat(unknown.status()).isEqualTo(404);
    }

    @Test
    void ofTwoOperatorsDecidingOneStoreAtOnceExactlyOneWins() throws Exception {
        String provider = Journey.newProvider();
        journey.approved(provider);
        api.put("/api/onboarding/store", TestTokens.provider(provider), profile("并发店"));
        api.post("/api/onboarding/store/submit", TestTokens.provider(provider), null);

        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService operators = Executors.newFixedThreadPool(2)) {
            Future<Api.Answer> approve = operators.submit(() -> {
                start.await();
                return api.post("/api/onboarding/stores/" + provider + "/approve", TestTokens.bearer("op-a", Role.OPERATOR),
                        null);
            });
            Future<Api.Answer> reject = operators.submit(() -> {
                start.await();
                return api.post("/api/onboarding/stores/" + provider + "/reject", TestTokens.bearer("op-b", Role.OPERATOR),
                        Map.of("reasons", List.of(Map.of("field", "introduction", "reason", "过短"))));
            });
            start.countDown();

            assertThat(List.of(approve.get().status(), reject.get().status())).containsExactlyInAnyOrder(200, 409);
        }
    }

    @Test
    void storeFieldsAreValidatedAndRolesEnforced() {
        String provider = Journey.newProvider();
        String token = TestTokens.provider(provider);
        Map<String, Object> bad = Map.of("name", "", "introduction", "x".repeat(2001),
                "customerService", Map.of("phone", "12345", "email", "kf@", "hours", ""),
                "featuredProducts", List.of("1", "2", "3", "4", "5", "6"));

        Api.Answer refused = api.put("/api/onboarding/store", token, bad);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("errors").valueStream().map(e -> e.path("field").asString()).toList())
                .contains("name", "introduction", "customerService.phone", "customerService.email", "customerService.hours",
                        "featuredProducts");
        assertThat(api.put("/api/onboarding/store", TestTokens.operator(), profile("x")).status()).isEqualTo(403);
        assertThat(api.post("/api/onboarding/stores/" + provider + "/approve", token, null).status()).isEqualTo(403);
        assertThat(api.post("/api/onboarding/stores/" + provider + "/reject", token,
                Map.of("reasons", List.of(Map.of("field", "a", "reason", "b")))).status()).isEqualTo(403);
        assertThat(api.get("/api/onboarding/stores", token).status()).isEqualTo(403);
        assertThat(api.get("/api/onboarding/stores/" + provider, token).status()).isEqualTo(403);
    }

    private void publishedStore(String provider, String name) {
        journey.approved(provider);
        String token = TestTokens.provider(provider);
        assertThat(api.put("/api/onboarding/store", token, profile(name)).status()).isEqualTo(200);
        assertThat(api.post("/api/onboarding/store/submit", token, null).status()).isEqualTo(200);
        assertThat(api.post("/api/onboarding/stores/" + provider + "/approve", TestTokens.operator(), null).status())
                .isEqualTo(200);
    }

    private String publicName(String provider) {
        return api.get("/api/onboarding/stores/" + provider + "/profile", null).json().path("profile").path("name").asString();
    }

    private List<String> queue() {
        return api.get("/api/onboarding/stores?size=100", TestTokens.operator()).json().path("items").valueStream()
                .map(s -> s.path("providerId").asString()).toList();
    }

    private static void stubNothingDoneYet(String provider) {
        var wireMock = PeerStubs.server();
        wireMock.stubFor(get(urlPathEqualTo("/internal/merchants/providers/" + provider + "/status"))
                .willReturn(okJson("{\"providerId\": \"" + provider + "\", \"channels\": []}")));
        wireMock.stubFor(get(urlPathEqualTo("/internal/billing/providers/" + provider + "/deposit"))
                .willReturn(okJson("{\"providerId\": \"" + provider + "\", \"requiredFen\": 500000, \"paidFen\": 0, "
                        + "\"status\": \"UNPAID\"}")));
        wireMock.stubFor(get(urlPathEqualTo("/internal/catalog/providers/" + provider + "/products/summary"))
                .willReturn(okJson("{\"providerId\": \"" + provider + "\", \"total\": 0, \"listed\": 0, \"underReview\": 0}")));
    }
}
