package cloud.marketplace.merchant.wechat;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
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
import cloud.marketplace.platform.test.TestTokens;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

class WechatPayApplicationIT extends MerchantIntegrationTest {

    private static final String BASE = "/api/merchants/wechat-applications";
    private static final Duration WAIT = Duration.ofSeconds(20);

    @BeforeEach
    void mediaApi() {
        partners.stubFor(post(urlPathEqualTo("/v3/merchant/media/upload")).willReturn(json("{\"media_id\":\"MEDIA-0001\"}")));
    }

    @Test
    void theWholePathFromDraftToActiveWithSignedAnswersAndEventsOnTheTopic() {
        String providerId = newProviderId();
        try (EventProbe events = EventProbe.on(broker.getBrokersAsString(), Topics.MERCHANT_ACCOUNT)) {
            approve(providerId);
            JsonNode draft = ok(call(HttpMethod.POST, BASE, providerId, null));
            String id = draft.get("id").asString();
            assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
            assertThat(draft.at("/company/name").asString()).isEqualTo(Fixtures.COMPANY);
            assertThat(draft.at("/legalRepresentative/name").asString()).as("pre-filled from onboarding").isEqualTo(Fixtures.LEGAL_NAME);
            assertThat(draft.at("/settlementAccount/accountName").asString()).isEqualTo(Fixtures.COMPANY);
            assertThat(draft.get("documents").valueStream().map(d -> d.get("kind").asString())).containsExactly("BUSINESS_LICENSE");

            fill(providerId, id);
            String businessCode = draft.get("businessCode").asString();
            String applymentId = "20000021247" + Math.abs(id.hashCode());
            partners.stubFor(post(urlPathEqualTo("/v3/ecommerce/applyments/"))
                    .withRequestBody(matchingJsonPath("$.out_request_no", equalTo(businessCode)))
                    .willReturn(json("{\"applyment_id\":" + applymentId + ",\"out_request_no\":\"" + businessCode + "\"}")));
            status(applymentId, "{\"applyment_state\":\"AUDITING\",\"applyment_state_desc\":\"审核中\"}");

            JsonNode submitted = ok(call(HttpMethod.POST, BASE + "/" + id + "/submit", providerId, null));
            assertThat(submitted.get("status").asString()).isEqualTo("SUBMITTED");
            assertThat(submitted.get("applymentId").asString()).isEqualTo(applymentId);

            JsonNode sent = sentApplyment(businessCode);
            assertThat(sent.at("/id_card_info/id_card_copy").asString()).isEqualTo("MEDIA-0001");
            assertThat(sent.at("/business_license_info/business_license_number").asString()).isEqualTo(Fixtures.CREDIT_CODE);
            assertThat(sent.at("/account_info/bank_account_type").asString()).isEqualTo("74");
            String encryptedId = sent.at("/id_card_info/id_card_number").asString();
            assertThat(encryptedId).isNotEqualTo(Fixtures.ID_NUMBER);
            assertThat(RsaSignatures.decrypt(encryptedId, TestKeys.WECHAT_PLATFORM.getPrivate())).isEqualTo(Fixtures.ID_NUMBER);
            assertThat(RsaSignatures.decrypt(sent.at("/account_info/account_number").asString(), TestKeys.WECHAT_PLATFORM.getPrivate()))
                    .isEqualTo(Fixtures.BANK_ACCOUNT);
            assertThat(RsaSignatures.decrypt(sent.at("/contact_info/mobile_phone").asString(), TestKeys.WECHAT_PLATFORM.getPrivate()))
                    .isEqualTo("13800138000");
            assertThat(partners.findAll(postRequestedFor(urlPathEqualTo("/v3/ecommerce/applyments/"))).getLast()
                    .getHeader("Wechatpay-Serial")).isEqualTo(TestKeys.WECHAT_KEY_ID);
            assertThat(partners.findAll(postRequestedFor(urlPathEqualTo("/v3/merchant/media/upload")))).hasSizeGreaterThanOrEqualTo(3);
            awaitEvent(events, "MerchantApplicationSubmitted", id);

            status(applymentId, """
                    {"applyment_state":"ACCOUNT_NEED_VERIFY","applyment_state_desc":"待账户验证",
                     "account_validation":{"account_name":"%s","account_no":"%s","pay_amount":"53",
                       "destination_account_number":"7551234567890","destination_account_name":"财付通支付科技有限公司",
                       "destination_account_bank":"招商银行深圳分行","city":"深圳","remark":"入驻账户验证",
                       "deadline":"2030-11-08 10:58:01"}}""".formatted(encryptForUs(Fixtures.COMPANY), encryptForUs(Fixtures.BANK_ACCOUNT)));
            JsonNode verification = awaitStatus(providerId, id, "ACCOUNT_VERIFICATION").get("accountVerification");
            assertThat(verification.get("amountFen").asLong()).isEqualTo(53);
            assertThat(verification.get("toAccountName").asString()).isEqualTo("财付通支付科技有限公司");
            assertThat(verification.get("toAccountNumber").asString()).isEqualTo("7551234567890");
            assertThat(verification.get("toBank").asString()).isEqualTo("招商银行深圳分行");
            assertThat(verification.get("memo").asString()).isEqualTo("入驻账户验证");
            assertThat(verification.get("deadline").asString()).isEqualTo("2030-11-08T02:58:01Z");
            assertThat(verification.get("fromAccountNumber").asString()).isEqualTo("6222****1234");
            ConsumerRecord<String, String> remit = awaitEvent(events, "MerchantVerificationRequired", id);
            assertThat(remit.value()).contains("\"kind\":\"REMITTANCE\"");

            status(applymentId, "{\"applyment_state\":\"NEED_SIGN\",\"sign_url\":\"https://pay.weixin.qq.com/public/apply4ec_sign/s?a=1\"}");
            JsonNode signing = awaitStatus(providerId, id, "SIGNING");
            assertThat(signing.get("signUrl").asString()).isEqualTo("https://pay.weixin.qq.com/public/apply4ec_sign/s?a=1");
            assertThat(signing.get("accountVerification").isNull()).isTrue();

            status(applymentId, "{\"applyment_state\":\"FINISH\",\"sub_mchid\":\"1900009231\"}");
            JsonNode active = awaitStatus(providerId, id, "ACTIVE");
            assertThat(active.get("merchantId").asString()).isEqualTo("1900009231");
            ConsumerRecord<String, String> activated = awaitEvent(events, "MerchantActivated", id);
            assertThat(activated.key()).isEqualTo(providerId);
            JsonNode activatedEvent = json.readTree(activated.value());
            assertThat(activatedEvent.get("providerId").asString()).isEqualTo(providerId);
            assertThat(activatedEvent.get("channel").asString()).isEqualTo("WECHAT_PAY");

            JsonNode me = ok(call(HttpMethod.GET, "/api/merchants/me", providerId, null));
            assertThat(me.at("/channels/0/channel").asString()).isEqualTo("WECHAT_PAY");
            assertThat(me.at("/channels/0/active").asBoolean()).isTrue();
            assertThat(me.at("/settlementAccount/accountNumber").asString()).isEqualTo("6222****1234");
            assertThat(me.at("/channels/0/superAdmin/idNumber").asString()).isEqualTo("1101****002X");
            assertThat(me.at("/channels/0/superAdmin/mobile").asString()).isEqualTo("138****8000");
            assertThat(me.toString()).doesNotContain(Fixtures.BANK_ACCOUNT, Fixtures.ID_NUMBER, "13800138000");

            JsonNode internal = json.readTree(http().get().uri("/internal/merchants/providers/" + providerId + "/settlement-account")
                    .header(HttpHeaders.AUTHORIZATION, TestTokens.service()).retrieve().body(String.class));
            assertThat(internal.get("channel").asString()).isEqualTo("WECHAT_PAY");
            assertThat(internal.get("merchantId").asString()).isEqualTo("1900009231");
            assertThat(internal.get("accountNumber").asString()).isEqualTo(Fixtures.BANK_ACCOUNT);
            JsonNode overview = json.readTree(http().get().uri("/internal/merchants/providers/" + providerId + "/status")
                    .header(HttpHeaders.AUTHORIZATION, TestTokens.service()).retrieve().body(String.class));
            assertThat(overview.at("/channels/0/status").asString()).isEqualTo("ACTIVE");
            assertThat(overview.at("/channels/0/active").asBoolean()).isTrue();
        }
    }

    @Test
    void aForgedSignatureOnTheStatusIsRejectedAndChangesNothing() {
        String providerId = newProviderId();
        Submitted application = submitted(providerId);
        try (EventProbe events = EventProbe.on(broker.getBrokersAsString(), Topics.MERCHANT_ACCOUNT)) {
            partners.stubFor(get(urlPathEqualTo("/v3/ecommerce/applyments/" + application.applymentId()))
                    .willReturn(json("{\"applyment_state\":\"FINISH\",\"sub_mchid\":\"1900000666\"}")
                            .withTransformerParameter("signature", "forged")));
            awaitPollFailures(application.id(), 2);
            JsonNode after = ok(call(HttpMethod.GET, BASE + "/" + application.id(), providerId, null));
            assertThat(after.get("status").asString()).isEqualTo("SUBMITTED");
            assertThat(after.get("merchantId").isNull()).isTrue();
            assertThat(events.awaitCount(r -> r.value().contains(application.id()), 1, Duration.ofSeconds(1))).isEmpty();
        }
    }

    @Test
    void aStaleOrUnsignedAnswerIsRejectedToo() {
        String providerId = newProviderId();
        Submitted application = submitted(providerId);
        partners.stubFor(get(urlPathEqualTo("/v3/ecommerce/applyments/" + application.applymentId()))
                .willReturn(json("{\"applyment_state\":\"FINISH\",\"sub_mchid\":\"1900000666\"}")
                        .withTransformerParameter("signature", "stale")));
        awaitPollFailures(application.id(), 1);
        partners.stubFor(get(urlPathEqualTo("/v3/ecommerce/applyments/" + application.applymentId()))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/plain").withBody("FINISH")
                        .withTransformerParameter("signature", "none")));
        awaitPollFailures(application.id(), 2);
        assertThat(ok(call(HttpMethod.GET, BASE + "/" + application.id(), providerId, null)).get("status").asString())
                .isEqualTo("SUBMITTED");
    }

    @Test
    void aForgedAnswerToTheSubmissionAnswers503AndTheApplicationStaysADraft() {
        String providerId = newProviderId();
        approve(providerId);
        String id = ok(call(HttpMethod.POST, BASE, providerId, null)).get("id").asString();
        fill(providerId, id);
        String businessCode = ok(call(HttpMethod.GET, BASE + "/" + id, providerId, null)).get("businessCode").asString();
        partners.stubFor(post(urlPathEqualTo("/v3/ecommerce/applyments/"))
                .withRequestBody(matchingJsonPath("$.out_request_no", equalTo(businessCode)))
                .willReturn(json("{\"applyment_id\":1}").withTransformerParameter("signature", "forged")));

        ResponseEntity<String> response = call(HttpMethod.POST, BASE + "/" + id + "/submit", providerId, null);

        assertThat(response.getStatusCode().value()).isEqualTo(503);
        assertThat(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNotBlank();
        assertThat(ok(call(HttpMethod.GET, BASE + "/" + id, providerId, null)).get("status").asString()).isEqualTo("DRAFT");
        assertThat(countOutbox(id)).isZero();
    }

    @Test
    void a429WhileSubmittingAnswers503WithThePartnersRetryAfter() {
        String providerId = newProviderId();
        approve(providerId);
        String id = ok(call(HttpMethod.POST, BASE, providerId, null)).get("id").asString();
        fill(providerId, id);
        String businessCode = ok(call(HttpMethod.GET, BASE + "/" + id, providerId, null)).get("businessCode").asString();
        partners.stubFor(post(urlPathEqualTo("/v3/ecommerce/applyments/"))
                .withRequestBody(matchingJsonPath("$.out_request_no", equalTo(businessCode)))
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "7").withHeader("Content-Type", "application/json")
                        .withBody("{\"code\":\"FREQUENCY_LIMITED\",\"message\":\"频率超限\"}")));

        ResponseEntity<String> response = call(HttpMethod.POST, BASE + "/" + id + "/submit", providerId, null);

        assertThat(response.getStatusCode().value()).isEqualTo(503);
        assertThat(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("7");
        assertThat(ok(call(HttpMethod.GET, BASE + "/" + id, providerId, null)).get("status").asString()).isEqualTo("DRAFT");
    }

    @Test
    void a429WhilePollingDefersTheNextPollByAtLeastRetryAfter() {
        String providerId = newProviderId();
        Submitted application = submitted(providerId);
        partners.stubFor(get(urlPathEqualTo("/v3/ecommerce/applyments/" + application.applymentId()))
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "4")));
        awaitPollFailures(application.id(), 1);

        LoggedRequest limited = partners.findAll(getRequestedFor(urlPathEqualTo("/v3/ecommerce/applyments/" + application.applymentId())))
                .getLast();
        Instant nextPoll = jdbc.sql("SELECT next_poll_at FROM wechat_application WHERE id = :id").param("id", application.id())
                .query((rs, n) -> DbTime.instant(rs, "next_poll_at")).single();
        assertThat(Duration.between(limited.getLoggedDate().toInstant(), nextPoll)).isGreaterThanOrEqualTo(Duration.ofMillis(3900));
        assertThat(ok(call(HttpMethod.GET, BASE + "/" + application.id(), providerId, null)).get("status").asString())
                .isEqualTo("SUBMITTED");
    }

    @Test
    void aTimeoutWhileSubmittingAnswers503AndNothingChanges() {
        String providerId = newProviderId();
        approve(providerId);
        String id = ok(call(HttpMethod.POST, BASE, providerId, null)).get("id").asString();
        fill(providerId, id);
        String businessCode = ok(call(HttpMethod.GET, BASE + "/" + id, providerId, null)).get("businessCode").asString();
        partners.stubFor(post(urlPathEqualTo("/v3/ecommerce/applyments/"))
                .withRequestBody(matchingJsonPath("$.out_request_no", equalTo(businessCode)))
                .willReturn(json("{\"applyment_id\":1}").withFixedDelay(2500)));

        long started = System.nanoTime();
        ResponseEntity<String> response = call(HttpMethod.POST, BASE + "/" + id + "/submit", providerId, null);

        assertThat(response.getStatusCode().value()).isEqualTo(503);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2400));
        assertThat(ok(call(HttpMethod.GET, BASE + "/" + id, providerId, null)).get("status").asString()).isEqualTo("DRAFT");
    }

    @Test
    void aMalformedSignedAnswerIsAFailureThatBacksOff() {
        String providerId = newProviderId();
        Submitted application = submitted(providerId);
        partners.stubFor(get(urlPathEqualTo("/v3/ecommerce/applyments/" + application.applymentId()))
                .willReturn(json("{\"applyment_state\": FINISH")));
        awaitPollFailures(application.id(), 2);
        Instant nextPoll = jdbc.sql("SELECT next_poll_at FROM wechat_application WHERE id = :id").param("id", application.id())
                .query((rs, n) -> DbTime.instant(rs, "next_poll_at")).single();
        assertThat(nextPoll).isAfter(Instant.now());
        assertThat(ok(call(HttpMethod.GET, BASE + "/" + application.id(), providerId, null)).get("status").asString())
                .isEqualTo("SUBMITTED");
    }

    @Test
    void aRejectionShowsThePartnersReasonsAndTheEditedApplicationIsResubmittedWithTheSameBusinessCode() {
        String providerId = newProviderId();
        Submitted application = submitted(providerId);
        try (EventProbe events = EventProbe.on(broker.getBrokersAsString(), Topics.MERCHANT_ACCOUNT)) {
            status(application.applymentId(), """
                    {"applyment_state":"REJECTED","applyment_state_desc":"已驳回",
                     "audit_detail":[{"param_name":"id_card_copy","reject_reason":"身份证人像面照片不清晰"}]}""");
            JsonNode rejected = awaitStatus(providerId, application.id(), "REJECTED");
            assertThat(rejected.at("/rejections/0/field").asString()).isEqualTo("id_card_copy");
            assertThat(rejected.at("/rejections/0/reason").asString()).isEqualTo("身份证人像面照片不清晰");
            assertThat(awaitEvent(events, "MerchantApplicationRejected", application.id()).value()).contains("身份证人像面照片不清晰");
        }
        assertThat(upload(BASE + "/" + application.id() + "/documents/ID_CARD_FRONT", providerId, Fixtures.png(2000))
                .getStatusCode().value()).isEqualTo(200);
        status(application.applymentId(), "{\"applyment_state\":\"AUDITING\"}");

        JsonNode resubmitted = ok(call(HttpMethod.POST, BASE + "/" + application.id() + "/submit", providerId, null));

        assertThat(resubmitted.get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(resubmitted.get("rejections").isEmpty()).isTrue();
        assertThat(partners.findAll(postRequestedFor(urlPathEqualTo("/v3/ecommerce/applyments/"))
                .withRequestBody(matchingJsonPath("$.out_request_no", equalTo(application.businessCode()))))).hasSize(2);
    }

    @Test
    void everyInvalidValueIsListedWhenEditingAndEveryUnmetRuleAtSubmit() {
        String providerId = newProviderId();
        approve(providerId);
        String id = ok(call(HttpMethod.POST, BASE, providerId, null)).get("id").asString();

        ResponseEntity<String> invalid = call(HttpMethod.PUT, BASE + "/" + id, providerId, Map.of(
                "superAdmin", Map.of("type", "LEGAL_REPRESENTATIVE", "name", Fixtures.LEGAL_NAME, "idNumber", "110105194912310021",
                        "mobile", "12345", "email", "a@b.cn"),
                "legalRepresentative", Map.of("idType", "MAINLAND_ID_CARD", "name", Fixtures.LEGAL_NAME,
                        "validFrom", "2020-01-01", "validUntil", java.time.LocalDate.now().plusDays(30).toString()),
                "organizationCode", Map.of("code", Fixtures.ORG_CODE, "validFrom", "2015-01-01", "validUntil", "长期")));
        assertThat(invalid.getStatusCode().value()).isEqualTo(400);
        assertThat(body(invalid).get("errors").valueStream().map(e -> e.get("field").asString()).toList())
                .containsExactlyInAnyOrder("superAdmin.idNumber", "superAdmin.mobile", "legalRepresentative.validUntil",
                        "organizationCode");

        ResponseEntity<String> incomplete = call(HttpMethod.POST, BASE + "/" + id + "/submit", providerId, null);
        assertThat(incomplete.getStatusCode().value()).isEqualTo(422);
        JsonNode problem = body(incomplete);
        assertThat(problem.get("type").asString()).endsWith("/merchant-form-invalid");
        assertThat(problem.get("violations").valueStream().map(v -> v.get("field").asString()).toList())
                .contains("superAdmin", "legalRepresentative.idNumber", "settlementAccount.bankName",
                        "settlementAccount.accountNumber", "documents.ID_CARD_FRONT", "documents.ID_CARD_BACK");
    }

    @Test
    void photosAreCheckedByTheirBytesAndSize() {
        String providerId = newProviderId();
        approve(providerId);
        String id = ok(call(HttpMethod.POST, BASE, providerId, null)).get("id").asString();

        assertThat(upload(BASE + "/" + id + "/documents/ID_CARD_FRONT", providerId, Fixtures.jpeg(409_600)).getStatusCode().value())
                .isEqualTo(200);
        ResponseEntity<String> tooLarge = upload(BASE + "/" + id + "/documents/ID_CARD_BACK", providerId, Fixtures.jpeg(409_601));
        assertThat(tooLarge.getStatusCode().value()).isEqualTo(400);
        assertThat(body(tooLarge).get("type").asString()).endsWith("/invalid-document");
        ResponseEntity<String> notAnImage = upload(BASE + "/" + id + "/documents/ID_CARD_BACK", providerId,
                "%PDF-1.4 not an image".getBytes());
        assertThat(notAnImage.getStatusCode().value()).isEqualTo(400);
        ResponseEntity<String> orgCode = upload(BASE + "/" + id + "/documents/ORG_CODE_CERT", providerId, Fixtures.jpeg(1000));
        assertThat(orgCode.getStatusCode().value()).as("the 18-character licence needs no organization code").isEqualTo(422);
        assertThat(ok(call(HttpMethod.GET, BASE + "/" + id, providerId, null)).get("documents").valueStream()
                .map(d -> d.get("kind").asString()).toList()).containsExactlyInAnyOrder("BUSINESS_LICENSE", "ID_CARD_FRONT");
    }

    @Test
    void anOldLicenceNeedsTheOrganizationCodeCertificateWhichIsSentToWechatPay() {
        String providerId = newProviderId();
        approve(providerId, Fixtures.OLD_LICENCE_NUMBER);
        String id = ok(call(HttpMethod.POST, BASE, providerId, null)).get("id").asString();
        fill(providerId, id);
        ResponseEntity<String> missing = call(HttpMethod.POST, BASE + "/" + id + "/submit", providerId, null);
        assertThat(missing.getStatusCode().value()).isEqualTo(422);
        assertThat(body(missing).get("violations").valueStream().map(v -> v.get("field").asString()).toList())
                .containsExactly("organizationCode", "documents.ORG_CODE_CERT");

        ok(call(HttpMethod.PUT, BASE + "/" + id, providerId, form(Map.of("code", Fixtures.ORG_CODE, "validFrom", "2015-01-01",
                "validUntil", "长期"))));
        ok(upload(BASE + "/" + id + "/documents/ORG_CODE_CERT", providerId, Fixtures.jpeg(5000)));
        String businessCode = ok(call(HttpMethod.GET, BASE + "/" + id, providerId, null)).get("businessCode").asString();
        partners.stubFor(post(urlPathEqualTo("/v3/ecommerce/applyments/"))
                .withRequestBody(matchingJsonPath("$.out_request_no", equalTo(businessCode)))
                .willReturn(json("{\"applyment_id\":2000002999,\"out_request_no\":\"" + businessCode + "\"}")));
        status("2000002999", "{\"applyment_state\":\"CHECKING\"}");

        assertThat(ok(call(HttpMethod.POST, BASE + "/" + id + "/submit", providerId, null)).get("status").asString())
                .isEqualTo("SUBMITTED");
        JsonNode sent = sentApplyment(businessCode);
        assertThat(sent.at("/organization_cert_info/organization_number").asString()).isEqualTo(Fixtures.ORG_CODE);
        assertThat(sent.at("/organization_cert_info/organization_time").asString()).isEqualTo("[\"2015-01-01\",\"长期\"]");
    }

    @Test
    void anotherProvidersApplicationIsNotFoundAndAnUnapprovedProviderCannotStart() {
        String owner = newProviderId();
        approve(owner);
        String id = ok(call(HttpMethod.POST, BASE, owner, null)).get("id").asString();
        String stranger = newProviderId();

        assertThat(call(HttpMethod.GET, BASE + "/" + id, stranger, null).getStatusCode().value()).isEqualTo(404);
        assertThat(call(HttpMethod.PUT, BASE + "/" + id, stranger, Map.of()).getStatusCode().value()).isEqualTo(404);
        assertThat(call(HttpMethod.POST, BASE + "/" + id + "/submit", stranger, null).getStatusCode().value()).isEqualTo(404);

        ResponseEntity<String> notApproved = call(HttpMethod.POST, BASE, stranger, null);
        assertThat(notApproved.getStatusCode().value()).isEqualTo(409);
        assertThat(body(notApproved).get("type").asString()).endsWith("/provider-not-approved");
        assertThat(body(notApproved).get("detail").asString()).contains("has not been approved");

        ResponseEntity<String> second = call(HttpMethod.POST, BASE, owner, null);
        assertThat(second.getStatusCode().value()).isEqualTo(409);
        assertThat(body(second).get("applicationId").asString()).isEqualTo(id);
    }

    @Test
    void startingTwiceWithTheSameIdempotencyKeyReplaysTheFirstAnswer() {
        String providerId = newProviderId();
        approve(providerId);
        String key = java.util.UUID.randomUUID().toString();
        ResponseEntity<String> first = http().post().uri(BASE).header(HttpHeaders.AUTHORIZATION, TestTokens.provider(providerId))
                .header("Idempotency-Key", key).retrieve().toEntity(String.class);
        ResponseEntity<String> replay = http().post().uri(BASE).header(HttpHeaders.AUTHORIZATION, TestTokens.provider(providerId))
                .header("Idempotency-Key", key).retrieve().toEntity(String.class);
        assertThat(first.getStatusCode().value()).isEqualTo(201);
        assertThat(replay.getStatusCode().value()).isEqualTo(201);
        assertThat(body(replay).get("id").asString()).isEqualTo(body(first).get("id").asString());
    }

    record Submitted(String id, String businessCode, String applymentId) {
    }

    private Submitted submitted(String providerId) {
        approve(providerId);
        JsonNode draft = ok(call(HttpMethod.POST, BASE, providerId, null));
        String id = draft.get("id").asString();
        String businessCode = draft.get("businessCode").asString();
        fill(providerId, id);
        String applymentId = Long.toString(3_000_000_000L + Math.abs(id.hashCode()));
        partners.stubFor(post(urlPathEqualTo("/v3/ecommerce/applyments/"))
                .withRequestBody(matchingJsonPath("$.out_request_no", equalTo(businessCode)))
                .willReturn(json("{\"applyment_id\":" + applymentId + ",\"out_request_no\":\"" + businessCode + "\"}")));
        status(applymentId, "{\"applyment_state\":\"AUDITING\"}");
        assertThat(ok(call(HttpMethod.POST, BASE + "/" + id + "/submit", providerId, null)).get("status").asString())
                .isEqualTo("SUBMITTED");
        return new Submitted(id, businessCode, applymentId);
    }

    private void fill(String providerId, String id) {
        ok(call(HttpMethod.PUT, BASE + "/" + id, providerId, form(null)));
        ok(upload(BASE + "/" + id + "/documents/ID_CARD_FRONT", providerId, Fixtures.jpeg(120_000)));
        ok(upload(BASE + "/" + id + "/documents/ID_CARD_BACK", providerId, Fixtures.png(80_000)));
    }

    private static Map<String, Object> form(Map<String, Object> organizationCode) {
        Map<String, Object> form = new java.util.HashMap<>(Map.of("superAdmin", superAdmin(), "legalRepresentative", legalRepresentative(),
                "settlementAccount", Map.of("bankName", "招商银行", "accountName", Fixtures.COMPANY, "accountNumber", Fixtures.BANK_ACCOUNT,
                        "bankAddressCode", "440300")));
        if (organizationCode != null) {
            form.put("organizationCode", organizationCode);
        }
        return form;
    }

    private void status(String applymentId, String body) {
        partners.stubFor(get(urlPathEqualTo("/v3/ecommerce/applyments/" + applymentId)).willReturn(json(body)));
    }

    private JsonNode sentApplyment(String businessCode) {
        List<LoggedRequest> sent = partners.findAll(postRequestedFor(urlPathEqualTo("/v3/ecommerce/applyments/"))
                .withRequestBody(matchingJsonPath("$.out_request_no", equalTo(businessCode))));
        assertThat(sent).isNotEmpty();
        return json.readTree(sent.getLast().getBodyAsString());
    }

    private JsonNode awaitStatus(String providerId, String id, String status) {
        await().atMost(WAIT).until(() -> status.equals(ok(call(HttpMethod.GET, BASE + "/" + id, providerId, null)).get("status").asString()));
        return ok(call(HttpMethod.GET, BASE + "/" + id, providerId, null));
    }

    private void awaitPollFailures(String id, int failures) {
        await().atMost(WAIT).until(() -> jdbc.sql("SELECT poll_failures FROM wechat_application WHERE id = :id").param("id", id)
                .query(Integer.class).single() >= failures);
    }

    private int countOutbox(String applicationId) {
        return jdbc.sql("SELECT COUNT(*) FROM outbox_event WHERE payload LIKE :id").param("id", "%" + applicationId + "%")
                .query(Integer.class).single();
    }

    private ConsumerRecord<String, String> awaitEvent(EventProbe events, String type, String applicationId) {
        return events.await(r -> type.equals(simpleType(EventProbe.header(r, "ce_type"))) && r.value().contains(applicationId), WAIT);
    }

    private static String simpleType(String ceType) {
        String[] parts = ceType == null ? new String[0] : ceType.split("\\.");
        return parts.length < 2 ? ceType : parts[parts.length - 2];
    }

    private static String encryptForUs(String value) {
        return RsaSignatures.encrypt(value, TestKeys.MERCHANT.getPublic());
    }

    private static ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

}
