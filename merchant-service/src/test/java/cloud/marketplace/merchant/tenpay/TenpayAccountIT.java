package cloud.marketplace.merchant.tenpay;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cloud.marketplace.contracts.events.Topics;
import cloud.marketplace.merchant.Fixtures;
import cloud.marketplace.merchant.signing.RsaSignatures;
import cloud.marketplace.merchant.support.MerchantIntegrationTest;
import cloud.marketplace.merchant.support.TestKeys;
import cloud.marketplace.platform.persistence.DbTime;
import cloud.marketplace.platform.test.EventProbe;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

class TenpayAccountIT extends MerchantIntegrationTest {

    private static final String BASE = "/api/merchants/tenpay-accounts";
    private static final String WECHAT = "/api/merchants/wechat-applications";
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final long MICRO_DEPOSIT_FEN = 37;

    @BeforeEach
    void mediaApis() {
        partners.stubFor(post(urlPathEqualTo("/tenpay/v1/media")).willReturn(json("{\"media_id\":\"TM-0001\"}")));
        partners.stubFor(post(urlPathEqualTo("/v3/merchant/media/upload")).willReturn(json("{\"media_id\":\"MEDIA-0001\"}")));
    }

    @Test
    void theWholePathWithThreeWrongAmountsTheLockAndARestartThroughTheBankAccount() {
        String providerId = newProviderId();
        try (EventProbe events = EventProbe.on(broker.getBrokersAsString(), Topics.MERCHANT_ACCOUNT)) {
            approve(providerId);
            JsonNode draft = ok(call(HttpMethod.POST, BASE, providerId, null));
            String id = draft.get("id").asString();
            assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
            assertThat(draft.at("/legalRepresentative/name").asString()).isEqualTo(Fixtures.LEGAL_NAME);
            fill(providerId, id);
            String accountId = register(draft.get("businessCode").asString(), id);

            JsonNode submitted = ok(call(HttpMethod.POST, BASE + "/" + id + "/submit", providerId, null));
            assertThat(submitted.get("status").asString()).isEqualTo("SUBMITTED");
            assertThat(submitted.get("adminConfirmUrl").asString()).isEqualTo("https://tenpay.example/confirm/" + accountId);
            JsonNode sent = json.readTree(partners.findAll(postRequestedFor(urlPathEqualTo("/tenpay/v1/accounts"))
                    .withRequestBody(matchingJsonPath("$.out_request_no", equalTo(draft.get("businessCode").asString()))))
                    .getLast().getBodyAsString());
            assertThat(sent.get("business_license_media_id").asString()).isEqualTo("TM-0001");
            assertThat(RsaSignatures.decrypt(sent.at("/super_admin/id_number").asString(), TestKeys.TENPAY_PLATFORM.getPrivate()))
                    .isEqualTo(Fixtures.ID_NUMBER);
            awaitEvent(events, "MerchantApplicationSubmitted", id);

            status(accountId, "{\"state\":\"DOCUMENT_REVIEW\"}");
            awaitStatus(providerId, id, "DOCUMENT_REVIEW");
            status(accountId, "{\"state\":\"ACTIVATION\"}");
            awaitStatus(providerId, id, "ACTIVATION");

            partners.stubFor(post(urlPathEqualTo("/tenpay/v1/accounts/" + accountId + "/bank-account"))
                    .willReturn(json("{\"state\":\"BANK_ACCOUNT_VERIFYING\"}")));
            status(accountId, "{\"state\":\"BANK_ACCOUNT_VERIFYING\"}");
            JsonNode bank = ok(call(HttpMethod.PUT, BASE + "/" + id + "/bank-account", providerId, bankAccount()));
            assertThat(bank.at("/bankAccount/sentToTenpay").asBoolean()).isTrue();
            assertThat(bank.at("/bankAccount/accountNumber").asString()).isEqualTo("6222****1234");
            JsonNode sentBank = json.readTree(partners.findAll(postRequestedFor(urlPathEqualTo("/tenpay/v1/accounts/" + accountId
                    + "/bank-account"))).getLast().getBodyAsString());
            assertThat(RsaSignatures.decrypt(sentBank.get("account_number").asString(), TestKeys.TENPAY_PLATFORM.getPrivate()))
                    .isEqualTo(Fixtures.BANK_ACCOUNT);
            assertThat(sentBank.get("account_type").asString()).isEqualTo("CORPORATE");

            status(accountId, "{\"state\":\"AMOUNT_VERIFICATION\",\"amount_verification\":{\"attempts_left\":3,"
                    + "\"deadline\":\"2030-06-03T10:00:00+08:00\"}}");
            JsonNode awaiting = awaitStatus(providerId, id, "AMOUNT_VERIFICATION");
            assertThat(awaiting.at("/amountVerification/attemptsLeft").asInt()).isEqualTo(3);
            assertThat(awaiting.at("/amountVerification/deadline").asString()).isEqualTo("2030-06-03T02:00:00Z");
            assertThat(awaitEvent(events, "MerchantVerificationRequired", id).value()).contains("\"kind\":\"MICRO_DEPOSIT\"");

            wrongAmountsAnswer(accountId);
            ResponseEntity<String> first = amount(providerId, id, 11);
            assertThat(first.getStatusCode().value()).isEqualTo(422);
            assertThat(body(first).get("attemptsLeft").asInt()).isEqualTo(2);
            assertThat(body(amount(providerId, id, 12)).get("attemptsLeft").asInt()).isEqualTo(1);
            ResponseEntity<String> third = amount(providerId, id, 13);
            status(accountId, "{\"state\":\"AMOUNT_VERIFICATION_LOCKED\"}");
            assertThat(third.getStatusCode().value()).isEqualTo(409);
            assertThat(body(third).get("type").asString()).endsWith("/amount-verification-locked");
            assertThat(body(third).get("detail").asString()).contains("To restart", "bank-account", "new random amount");
            ResponseEntity<String> fourth = amount(providerId, id, MICRO_DEPOSIT_FEN);
            assertThat(fourth.getStatusCode().value()).isEqualTo(409);
            assertThat(partners.findAll(postRequestedFor(urlPathEqualTo("/tenpay/v1/accounts/" + accountId + "/amount-verification"))))
                    .as("a locked verification does not ask Tenpay again").hasSize(3);
            JsonNode locked = ok(call(HttpMethod.GET, BASE + "/" + id, providerId, null));
            assertThat(locked.at("/amountVerification/locked").asBoolean()).isTrue();
            assertThat(locked.at("/amountVerification/attemptsLeft").asInt()).isZero();

            status(accountId, "{\"state\":\"BANK_ACCOUNT_VERIFYING\"}");
            JsonNode restarted = ok(call(HttpMethod.PUT, BASE + "/" + id + "/bank-account", providerId, bankAccount()));
            assertThat(restarted.get("status").asString()).isEqualTo("ACTIVATION");
            status(accountId, "{\"state\":\"AMOUNT_VERIFICATION\",\"amount_verification\":{\"attempts_left\":3}}");
            assertThat(awaitStatus(providerId, id, "AMOUNT_VERIFICATION").at("/amountVerification/attemptsLeft").asInt()).isEqualTo(3);

            partners.stubFor(post(urlPathEqualTo("/tenpay/v1/accounts/" + accountId + "/amount-verification")).atPriority(1)
                    .withRequestBody(matchingJsonPath("$.amount_fen", equalTo(Long.toString(MICRO_DEPOSIT_FEN))))
                    .willReturn(json("{\"result\":\"VERIFIED\",\"attempts_left\":3,\"state\":\"SIGNING\","
                            + "\"sign_url\":\"https://tenpay.example/sign/" + accountId + "\"}")));
            status(accountId, "{\"state\":\"SIGNING\",\"sign_url\":\"https://tenpay.example/sign/" + accountId + "\"}");
            JsonNode signing = ok(amount(providerId, id, MICRO_DEPOSIT_FEN));
            assertThat(signing.get("status").asString()).isEqualTo("SIGNING");
            assertThat(signing.get("signUrl").asString()).isEqualTo("https://tenpay.example/sign/" + accountId);
            assertThat(awaitEvent(events, "MerchantVerificationRequired", id, "\"kind\":\"SIGNING\"")).isNotNull();

            status(accountId, "{\"state\":\"ACTIVE\",\"merchant_id\":\"T8800001234\"}");
            JsonNode active = awaitStatus(providerId, id, "ACTIVE");
            assertThat(active.get("merchantId").asString()).isEqualTo("T8800001234");
            JsonNode activated = json.readTree(awaitEvent(events, "MerchantActivated", id).value());
            assertThat(activated.get("channel").asString()).isEqualTo("TENPAY");
            assertThat(activated.get("providerId").asString()).isEqualTo(providerId);

            JsonNode me = ok(call(HttpMethod.GET, "/api/merchants/me", providerId, null));
            assertThat(me.at("/channels/0/channel").asString()).isEqualTo("TENPAY");
            assertThat(me.at("/settlementAccount/accountNumber").asString()).isEqualTo("6222****1234");
            for (JsonNode answer : new JsonNode[] {awaiting, locked, signing, active, me}) {
                assertThat(answer.toString()).as("the micro-deposit amount is on the bank statement only").doesNotContain("amountFen");
            }
        }
    }

    @Test
    void documentsUploadedOnDifferentDaysAreRefusedSayingSo() {
        String providerId = newProviderId();
        approve(providerId);
        JsonNode draft = ok(call(HttpMethod.POST, BASE, providerId, null));
        String id = draft.get("id").asString();
        fill(providerId, id);
        // the licence was put into the form yesterday (Asia/Shanghai)
        jdbc.sql("UPDATE merchant_document SET uploaded_at = :yesterday WHERE owner_id = :id AND kind = 'BUSINESS_LICENSE'")
                .param("yesterday", DbTime.utc(Instant.now().minus(Duration.ofDays(1)))).param("id", id).update();

        ResponseEntity<String> refused = call(HttpMethod.POST, BASE + "/" + id + "/submit", providerId, null);
        assertThat(refused.getStatusCode().value()).isEqualTo(422);
        JsonNode violation = body(refused).get("violations").get(0);
        assertThat(violation.get("code").asString()).isEqualTo("DOCUMENTS_NOT_SAME_DAY");
        assertThat(violation.get("message").asString()).contains("same day", "Upload them again today");

        ok(upload(BASE + "/" + id + "/documents/BUSINESS_LICENSE", providerId, Fixtures.jpeg(50_000)));
        register(draft.get("businessCode").asString(), id);
        assertThat(ok(call(HttpMethod.POST, BASE + "/" + id + "/submit", providerId, null)).get("status").asString())
                .isEqualTo("SUBMITTED");
    }

    @Test
    void theFormIsPrefilledFromWechatPayAndAMismatchAtSubmitNamesTheFields() {
        String providerId = newProviderId();
        approve(providerId);
        submitWechat(providerId);

        JsonNode draft = ok(call(HttpMethod.POST, BASE, providerId, null));
        String id = draft.get("id").asString();
        assertThat(draft.at("/superAdmin/idNumber").asString()).isEqualTo("1101****002X");
        assertThat(draft.at("/superAdmin/mobile").asString()).isEqualTo("138****8000");
        assertThat(draft.at("/legalRepresentative/validUntil").asString()).isEqualTo("2040-01-01");
        ok(upload(BASE + "/" + id + "/documents/ID_CARD_FRONT", providerId, Fixtures.jpeg(20_000)));
        ok(upload(BASE + "/" + id + "/documents/ID_CARD_BACK", providerId, Fixtures.jpeg(20_000)));

        Map<String, Object> admin = new HashMap<>(Map.of("type", "LEGAL_REPRESENTATIVE", "name", Fixtures.LEGAL_NAME,
                "idNumber", draft.at("/superAdmin/idNumber").asString(), "mobile", "13900139000", "email", "admin@example.cn"));
        Map<String, Object> legal = json.convertValue(draft.get("legalRepresentative"), Map.class);
        ok(call(HttpMethod.PUT, BASE + "/" + id, providerId, Map.of("superAdmin", admin, "legalRepresentative", legal)));

        ResponseEntity<String> mismatch = call(HttpMethod.POST, BASE + "/" + id + "/submit", providerId, null);
        assertThat(mismatch.getStatusCode().value()).isEqualTo(422);
        assertThat(body(mismatch).get("type").asString()).endsWith("/channel-data-mismatch");
        assertThat(body(mismatch).get("fields").valueStream().map(JsonNode::asString).toList()).containsExactly("superAdmin.mobile");

        admin.put("mobile", "13800138000");
        ok(call(HttpMethod.PUT, BASE + "/" + id, providerId, Map.of("superAdmin", admin, "legalRepresentative", legal)));
        register(draft.get("businessCode").asString(), id);
        assertThat(ok(call(HttpMethod.POST, BASE + "/" + id + "/submit", providerId, null)).get("status").asString())
                .as("the masked ID numbers sent back kept the stored ones, which match WeChat Pay's").isEqualTo("SUBMITTED");
    }

    @Test
    void aForgedRegistrationAnswerAnswers503AndTheAccountStaysADraft() {
        String providerId = newProviderId();
        approve(providerId);
        JsonNode draft = ok(call(HttpMethod.POST, BASE, providerId, null));
        String id = draft.get("id").asString();
        fill(providerId, id);
        partners.stubFor(post(urlPathEqualTo("/tenpay/v1/accounts"))
                .withRequestBody(matchingJsonPath("$.out_request_no", equalTo(draft.get("businessCode").asString())))
                .willReturn(json("{\"account_id\":\"TA-FORGED\",\"state\":\"ACTIVE\"}").withTransformerParameter("signature", "forged")));

        ResponseEntity<String> response = call(HttpMethod.POST, BASE + "/" + id + "/submit", providerId, null);

        assertThat(response.getStatusCode().value()).isEqualTo(503);
        assertThat(ok(call(HttpMethod.GET, BASE + "/" + id, providerId, null)).get("status").asString()).isEqualTo("DRAFT");
    }

    @Test
    void aBankAccountNeedsEveryFieldAndIsACorporateOne() {
        String providerId = newProviderId();
        approve(providerId);
        String id = ok(call(HttpMethod.POST, BASE, providerId, null)).get("id").asString();
        ResponseEntity<String> invalid = call(HttpMethod.PUT, BASE + "/" + id + "/bank-account", providerId,
                Map.of("accountType", "PERSONAL", "bankName", "招商银行", "accountNumber", "62-22"));
        assertThat(invalid.getStatusCode().value()).isEqualTo(400);
        assertThat(body(invalid).get("errors").valueStream().map(e -> e.get("field").asString()).toList())
                .containsExactlyInAnyOrder("accountType", "branchCity", "branchName", "accountNumber",
                        "controllingPersonIsLegalRepresentative");

        JsonNode kept = ok(call(HttpMethod.PUT, BASE + "/" + id + "/bank-account", providerId, bankAccount()));
        assertThat(kept.at("/bankAccount/sentToTenpay").asBoolean()).as("kept for the activation step").isFalse();
        ResponseEntity<String> noAmountYet = amount(providerId, id, 10);
        assertThat(noAmountYet.getStatusCode().value()).isEqualTo(409);
    }

    private void fill(String providerId, String id) {
        ok(call(HttpMethod.PUT, BASE + "/" + id, providerId, Map.of("superAdmin", superAdmin(), "legalRepresentative",
                legalRepresentative())));
        ok(upload(BASE + "/" + id + "/documents/ID_CARD_FRONT", providerId, Fixtures.jpeg(100_000)));
        ok(upload(BASE + "/" + id + "/documents/ID_CARD_BACK", providerId, Fixtures.png(100_000)));
    }

    private String register(String businessCode, String id) {
        String accountId = "TA-" + id.substring(0, 8);
        partners.stubFor(post(urlPathEqualTo("/tenpay/v1/accounts"))
                .withRequestBody(matchingJsonPath("$.out_request_no", equalTo(businessCode)))
                .willReturn(json("{\"account_id\":\"" + accountId + "\",\"state\":\"REGISTERED\","
                        + "\"admin_confirm_url\":\"https://tenpay.example/confirm/" + accountId + "\"}")));
        status(accountId, "{\"state\":\"REGISTERED\"}");
        return accountId;
    }

    private void wrongAmountsAnswer(String accountId) {
        String path = "/tenpay/v1/accounts/" + accountId + "/amount-verification";
        String scenario = "amounts-" + accountId;
        partners.stubFor(post(urlPathEqualTo(path)).atPriority(5).inScenario(scenario).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(json("{\"result\":\"MISMATCH\",\"attempts_left\":2,\"state\":\"AMOUNT_VERIFICATION\"}"))
                .willSetStateTo("one-wrong"));
        partners.stubFor(post(urlPathEqualTo(path)).atPriority(5).inScenario(scenario).whenScenarioStateIs("one-wrong")
                .willReturn(json("{\"result\":\"MISMATCH\",\"attempts_left\":1,\"state\":\"AMOUNT_VERIFICATION\"}"))
                .willSetStateTo("two-wrong"));
        partners.stubFor(post(urlPathEqualTo(path)).atPriority(5).inScenario(scenario).whenScenarioStateIs("two-wrong")
                .willReturn(json("{\"result\":\"LOCKED\",\"attempts_left\":0,\"state\":\"AMOUNT_VERIFICATION_LOCKED\"}"))
                .willSetStateTo("locked"));
    }

    private void submitWechat(String providerId) {
        JsonNode draft = ok(call(HttpMethod.POST, WECHAT, providerId, null));
        String id = draft.get("id").asString();
        ok(call(HttpMethod.PUT, WECHAT + "/" + id, providerId, Map.of("superAdmin", superAdmin(), "legalRepresentative",
                legalRepresentative(), "settlementAccount", Map.of("bankName", "招商银行", "accountName", Fixtures.COMPANY,
                        "accountNumber", Fixtures.BANK_ACCOUNT))));
        ok(upload(WECHAT + "/" + id + "/documents/ID_CARD_FRONT", providerId, Fixtures.jpeg(10_000)));
        ok(upload(WECHAT + "/" + id + "/documents/ID_CARD_BACK", providerId, Fixtures.jpeg(10_000)));
        String businessCode = draft.get("businessCode").asString();
        String applymentId = Long.toString(4_000_000_000L + Math.abs(id.hashCode()));
        partners.stubFor(post(urlPathEqualTo("/v3/ecommerce/applyments/"))
                .withRequestBody(matchingJsonPath("$.out_request_no", equalTo(businessCode)))
                .willReturn(json("{\"applyment_id\":" + applymentId + "}")));
        partners.stubFor(get(urlPathEqualTo("/v3/ecommerce/applyments/" + applymentId)).willReturn(json("{\"applyment_state\":\"AUDITING\"}")));
        assertThat(ok(call(HttpMethod.POST, WECHAT + "/" + id + "/submit", providerId, null)).get("status").asString())
                .isEqualTo("SUBMITTED");
    }

    private ResponseEntity<String> amount(String providerId, String id, long amountFen) {
        return call(HttpMethod.POST, BASE + "/" + id + "/amount-verification", providerId, Map.of("amountFen", amountFen));
    }

    private static Map<String, Object> bankAccount() {
        return Map.of("accountType", "CORPORATE", "bankName", "招商银行", "branchCity", "深圳", "branchName", "招商银行深圳科技园支行",
                "accountNumber", Fixtures.BANK_ACCOUNT, "controllingPersonIsLegalRepresentative", true);
    }

    private void status(String accountId, String body) {
        partners.stubFor(get(urlPathEqualTo("/tenpay/v1/accounts/" + accountId)).willReturn(json(body)));
    }

    private JsonNode awaitStatus(String providerId, String id, String status) {
        await().atMost(WAIT).until(() -> status.equals(ok(call(HttpMethod.GET, BASE + "/" + id, providerId, null)).get("status").asString()));
        return ok(call(HttpMethod.GET, BASE + "/" + id, providerId, null));
    }

    private ConsumerRecord<String, String> awaitEvent(EventProbe events, String type, String id, String... containing) {
        return events.await(r -> {
            String ceType = EventProbe.header(r, "ce_type");
            if (ceType == null || !ceType.contains("." + type + ".") || !r.value().contains(id)) {
                return false;
            }
            for (String text : containing) {
                if (!r.value().contains(text)) {
                    return false;
                }
            }
            return true;
        }, WAIT);
    }

    private static ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }
}
