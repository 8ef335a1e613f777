package cloud.marketplace.onboarding.application;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.marketplace.contracts.events.CloudEventHeaders;
import cloud.marketplace.contracts.events.Topics;
import cloud.marketplace.onboarding.support.Api;
import cloud.marketplace.onboarding.support.Companies;
import cloud.marketplace.onboarding.support.Images;
import cloud.marketplace.onboarding.support.Journey;
import cloud.marketplace.platform.BusinessCalendar;
import cloud.marketplace.platform.test.EventProbe;
import cloud.marketplace.platform.test.ServiceIntegrationTest;
import cloud.marketplace.platform.test.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@ServiceIntegrationTest
class ApplicationJourneyIT {

    private static final Duration EVENT_WAIT = Duration.ofSeconds(15);

    @LocalServerPort int port;
    @Autowired EmbeddedKafkaBroker broker;
    @Autowired JsonMapper json;
    @Autowired BusinessCalendar calendar;
    @Autowired JdbcClient jdbc;

    private Api api;
    private Journey journey;

    @BeforeEach
    void setUp() {
        api = new Api(port, json);
        journey = new Journey(api, calendar.today());
    }

    @Test
    void walksFromStartThroughARefusedAndAnAcceptedSubmissionToApproval() {
        String provider = Journey.newProvider();
        String token = TestTokens.provider(provider);
        Companies.Company company = journey.verify(provider);

        Api.Answer created = api.post("/api/onboarding/applications", token, null);
        assertThat(created.status()).isEqualTo(201);
        String id = created.text("id");
        assertThat(created.headers().getLocation()).hasToString("/api/onboarding/applications/" + id);
        assertThat(created.text("status")).isEqualTo("DRAFT");
        assertThat(created.text("companyName")).isEqualTo(company.name());
        assertThat(created.text("creditCode")).isEqualTo(company.creditCode());

        Api.Answer again = api.post("/api/onboarding/applications", token, null);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.text("id")).isEqualTo(id);

        Map<String, Object> lacking = new LinkedHashMap<>(journey.completeForm(company, List.of()));
        lacking.put("agreements", journey.allAgreements().subList(0, 2));
        lacking.put("establishedOn", calendar.today().minusYears(1).plusDays(1).toString());
        lacking.put("registeredCapitalFen", 49_999_999L);
        lacking.put("technicalStaff", 5);
        lacking.put("supportStaff", 4);
        lacking.put("supportSchedule", Map.of("daysPerWeek", 5, "hoursPerDay", 7.5));
        lacking.put("companyName", "typed names are ignored");
        journey.fill(provider, id, lacking);

        Api.Answer refused = api.post("/api/onboarding/applications/" + id + "/submit", token, null);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.problem()).isEqualTo("entry-conditions-not-met");
        assertThat(refused.json().path("violations").valueStream().map(v -> v.path("code").asString()).toList())
                .containsExactly("AGREEMENT_ACCEPTED", "AGREEMENT_ACCEPTED", "BUSINESS_LICENSE_ATTACHED", "COMPANY_AGE",
                        "REGISTERED_CAPITAL", "TEAM_SIZE", "SUPPORT_HOURS", "CATEGORY_CHOSEN");
        assertThat(refused.json().path("violations").valueStream().map(v -> v.path("field").asString()).toList())
                .contains("businessLicense", "establishedOn", "registeredCapitalFen", "supportSchedule.hoursPerDay",
                        "categoryIds");
        assertThat(api.get("/api/onboarding/applications/" + id, token).text("status")).isEqualTo("DRAFT");

        byte[] licence = Images.png();
        Api.Answer attached = api.upload("/api/onboarding/applications/" + id + "/business-license", token, licence,
                "营业执照.png", MediaType.IMAGE_PNG);
        assertThat(attached.status()).isEqualTo(200);
        assertThat(attached.json().path("businessLicense").path("sha256").asString()).isEqualTo(Images.sha256(licence));
        journey.fill(provider, id, journey.completeForm(company, List.of(101L, 102L)));

        try (EventProbe events = EventProbe.on(broker.getBrokersAsString(), Topics.PROVIDER)) {
            Instant before = Instant.now();
            Api.Answer submitted = api.post("/api/onboarding/applications/" + id + "/submit", token, null);
            assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
            assertThat(submitted.text("status")).isEqualTo("SUBMITTED");

            ConsumerRecord<String, String> record = events.await(r -> forApplication(r, id, "ProviderApplicationSubmitted"),
                    EVENT_WAIT);
            assertCloudEventsHeaders(record, provider, before);
            JsonNode event = json.readTree(record.value());
            assertThat(event.path("companyName").asString()).isEqualTo(company.name());
            assertThat(event.path("creditCode").asString()).isEqualTo(company.creditCode());
            assertThat(event.path("revision").asInt()).isEqualTo(1);
            assertThat(event.path("categoryIds").valueStream().map(JsonNode::asLong).toList()).containsExactly(101L, 102L);

            Api.Answer forOperator = api.get("/api/onboarding/applications/" + id, TestTokens.operator());
            assertThat(forOperator.status()).isEqualTo(200);
            assertThat(forOperator.json().path("contact").path("mobile").asString()).isEqualTo("138****8000");
            Api.Answer stored = api.get("/api/onboarding/applications/" + id + "/business-license", TestTokens.operator());
            assertThat(stored.status()).isEqualTo(200);
            assertThat(stored.raw()).isEqualTo(licence);
            assertThat(stored.headers().getContentType()).isEqualTo(MediaType.IMAGE_PNG);
            assertThat(stored.headers().getETag()).isEqualTo("\"" + Images.sha256(licence) + "\"");

            Api.Answer approved = api.post("/api/onboarding/applications/" + id + "/approve", TestTokens.operator(), null);
            assertThat(approved.status()).isEqualTo(200);
            assertThat(approved.text("status")).isEqualTo("APPROVED");
            assertThat(approved.text("decidedBy")).isEqualTo("operator-1");

            ConsumerRecord<String, String> approval = events.await(r -> forApplication(r, id, "ProviderApproved"), EVENT_WAIT);
            assertCloudEventsHeaders(approval, provider, before);
            JsonNode approvedEvent = json.readTree(approval.value());
            assertThat(approvedEvent.path("companyName").asString()).isEqualTo(company.name());
            assertThat(approvedEvent.path("businessLicenseNumber").asString()).isEqualTo(company.creditCode());
            assertThat(approvedEvent.path("approvedBy").asString()).isEqualTo("operator-1");
            assertThat(approvedEvent.path("approvedCategoryIds").valueStream().map(JsonNode::asLong).toList())
                    .containsExactly(101L, 102L);
        }

        Api.Answer decidedAgain = api.post("/api/onboarding/applications/" + id + "/approve", TestTokens.operator(), null);
        assertThat(decidedAgain.status()).isEqualTo(409);
        assertThat(decidedAgain.problem()).isEqualTo("application-already-decided");
        assertThat(api.put("/api/onboarding/applications/" + id, token, journey.completeForm(company, List.of(101L)))
                .status()).isEqualTo(409);

        Api.Answer forMerchant = api.get("/internal/onboarding/providers/" + provider, TestTokens.service());
        assertThat(forMerchant.status()).isEqualTo(200);
        assertThat(forMerchant.text("companyName")).isEqualTo(company.name());
        assertThat(forMerchant.text("creditCode")).isEqualTo(company.creditCode());
        assertThat(forMerchant.text("businessLicenseNumber")).isEqualTo(company.creditCode());
        assertThat(forMerchant.text("legalRepresentativeName")).isEqualTo(company.legalRepresentative());
        assertThat(forMerchant.json().path("approvedCategoryIds").valueStream().map(JsonNode::asLong).toList())
                .containsExactly(101L, 102L);
        Api.Answer licenceForMerchant = api.get("/internal/onboarding/providers/" + provider + "/business-license",
                TestTokens.service());
        assertThat(licenceForMerchant.raw()).isEqualTo(licence);
        assertThat(licenceForMerchant.headers().getFirst("Repr-Digest")).startsWith("sha-256=:");
    }

    @Test
    void rejectionReopensTheApplicationAsTheNextRevisionAndTheHistoryIsKept() {
        String provider = Journey.newProvider();
        String token = TestTokens.provider(provider);
        String id = journey.submitted(provider);

        try (EventProbe events = EventProbe.on(broker.getBrokersAsString(), Topics.PROVIDER)) {
            Api.Answer rejected = api.post("/api/onboarding/applications/" + id + "/reject", TestTokens.operator(),
                    Map.of("reasons", List.of(Map.of("field", "businessLicense", "reason", "公章不清晰"),
                            Map.of("field", "contact.email", "reason", "邮箱无法送达"))));
            assertThat(rejected.status()).as(rejected.toString()).isEqualTo(200);
            assertThat(rejected.text("status")).isEqualTo("REJECTED");

            JsonNode event = json.readTree(events.await(r -> forApplication(r, id, "ProviderRejected"), EVENT_WAIT).value());
            assertThat(event.path("reasons").valueStream().map(r -> r.path("field").asString()).toList())
                    .containsExactly("businessLicense", "contact.email");
            assertThat(event.path("rejectedBy").asString()).isEqualTo("operator-1");

            assertThat(api.post("/api/onboarding/applications/" + id + "/submit", token, null).problem())
                    .isEqualTo("application-not-submittable");
            journey.attachLicense(provider, id, Images.jpeg());
            Api.Answer reopened = api.get("/api/onboarding/applications/" + id, token);
            assertThat(reopened.text("status")).isEqualTo("DRAFT");
            assertThat(reopened.json().path("revision").asInt()).isEqualTo(2);
            assertThat(reopened.json().path("businessLicense").path("mediaType").asString()).isEqualTo("image/jpeg");

            Api.Answer resubmitted = api.post("/api/onboarding/applications/" + id + "/submit", token, null);
            assertThat(resubmitted.status()).isEqualTo(200);
            JsonNode second = json.readTree(events.await(r -> forApplication(r, id, "ProviderApplicationSubmitted"),
                    EVENT_WAIT).value());
            assertThat(second.path("revision").asInt()).isEqualTo(2);
        }
        JsonNode history = api.get("/api/onboarding/applications/" + id, token).json().path("reviews");
        assertThat(history).hasSize(1);
        assertThat(history.get(0).path("revision").asInt()).isEqualTo(1);
        assertThat(history.get(0).path("verdict").asString()).isEqualTo("REJECTED");
        assertThat(history.get(0).path("decidedBy").asString()).isEqualTo("operator-1");
        assertThat(history.get(0).path("decidedAt").asString()).isNotBlank();
        assertThat(history.get(0).path("reasons").get(0).path("reason").asString()).isEqualTo("公章不清晰");
    }

    @Test
    void aNewVersionOfAnAgreementMustBeAcceptedAgainAndAnUnknownOneIsRefused() {
        String provider = Journey.newProvider();
        Companies.Company company = journey.verify(provider);
        String id = journey.start(provider);
        Map<String, Object> form = new LinkedHashMap<>(journey.completeForm(company, List.of(101L)));
        form.put("agreements", List.of(Map.of("code", "PARTNER_COOPERATION", "version", "2019-01"),
                Map.of("code", "NO_SUCH_AGREEMENT", "version", "1")));

        Api.Answer refused = api.put("/api/onboarding/applications/" + id, TestTokens.provider(provider), form);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("errors").valueStream().map(e -> e.path("field").asString()).toList())
                .containsExactly("agreements[0].version", "agreements[1].code");
        JsonNode stored = api.get("/api/onboarding/applications/" + id, TestTokens.provider(provider)).json();
        assertThat(stored.path("agreements")).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM application_agreement WHERE application_id = :id").param("id", id)
                .query(Long.class).single()).isZero();
    }

    @Test
    void theContactsMobileIsStoredEncrypted() {
        String provider = Journey.newProvider();
        Companies.Company company = journey.verify(provider);
        String id = journey.start(provider);
        journey.fill(provider, id, journey.completeForm(company, List.of(101L)));

        String stored = jdbc.sql("SELECT contact_mobile FROM application WHERE id = :id").param("id", id)
                .query(String.class).single();

        assertThat(stored).isNotBlank().doesNotContain("13800138000");
    }

    @Test
    void aSecondStartWithTheSameIdempotencyKeyReplaysTheFirstAnswer() {
        String provider = Journey.newProvider();
        String key = UUID.randomUUID().toString();
        String token = TestTokens.provider(provider);

        Api.Answer first = api.post("/api/onboarding/applications", token, null, h -> h.set("Idempotency-Key", key));
        Api.Answer replay = api.post("/api/onboarding/applications", token, null, h -> h.set("Idempotency-Key", key));

        assertThat(first.status()).isEqualTo(201);
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.headers().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replay.text("id")).isEqualTo(first.text("id"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM application WHERE provider_id = :p").param("p", provider)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theAgreementsInForceArePublic() {
        Api.Answer agreements = api.get("/api/onboarding/agreements", null);

        assertThat(agreements.status()).isEqualTo(200);
        assertThat(agreements.json().valueStream().map(a -> a.path("title").asString()).toList()).containsExactly(
                "《腾讯云产品合作伙伴合作协议》", "《腾讯千帆云市场接入协议》", "《腾讯云云市场服务商接入协议》", "《云市场管理规范》");
        assertThat(agreements.json().valueStream()).allSatisfy(a -> {
            assertThat(a.path("version").asString()).isNotBlank();
            assertThat(a.path("url").asString()).startsWith("https://");
        });
    }

    static boolean forApplication(ConsumerRecord<String, String> record, String applicationId, String type) {
        return ("cloud.marketplace.onboarding." + type + ".v1").equals(EventProbe.header(record, CloudEventHeaders.TYPE))
                && record.value().contains(applicationId);
    }

    static void assertCloudEventsHeaders(ConsumerRecord<String, String> record, String provider, Instant notBefore) {
        assertThat(record.key()).isEqualTo(provider);
        assertThat(EventProbe.header(record, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
        assertThat(EventProbe.header(record, CloudEventHeaders.SOURCE)).isEqualTo("/marketplace/onboarding-service");
        assertThat(EventProbe.header(record, CloudEventHeaders.SUBJECT)).isEqualTo(provider);
        assertThat(EventProbe.header(record, CloudEventHeaders.CONTENT_TYPE)).isEqualTo("application/json");
        assertThat(record.value()).contains("\"eventId\":\"" + EventProbe.header(record, CloudEventHeaders.ID) + "\"");
        assertThat(Instant.parse(EventProbe.header(record, CloudEventHeaders.TIME))).isAfterOrEqualTo(notBefore.minusSeconds(1));
    }
}
