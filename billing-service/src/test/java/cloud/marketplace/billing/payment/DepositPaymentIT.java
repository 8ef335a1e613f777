package cloud.marketplace.billing.payment;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import cloud.marketplace.billing.BillingIntegrationTest;
import cloud.marketplace.billing.ChannelSigner;
import cloud.marketplace.billing.SignedWeChatPayAnswers;
import cloud.marketplace.billing.TestPartners;
import cloud.marketplace.contracts.events.CloudEventHeaders;
import cloud.marketplace.contracts.events.Topics;
import cloud.marketplace.platform.test.EventProbe;
import com.github.tomakehurst.wiremock.client.WireMock;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

class DepositPaymentIT extends BillingIntegrationTest {

    @Autowired DepositPayments payments;

    @BeforeEach
    void channelsAcceptPayments() {
        partners.stubFor(WireMock.post("/v3/pay/transactions/native").willReturn(okJson("{\"code_url\":\"weixin://wxpay/bizpayurl?pr=T3stQr\"}")));
        partners.stubFor(WireMock.post("/qqpay/v1/orders").willReturn(okJson("{\"code_url\":\"https://qpay.qq.com/qr/5f3a9c\"}")));
        partners.stubFor(WireMock.post("/bank-gateway/v1/payments")
                .willReturn(okJson("{\"redirectUrl\":\"http://localhost:8090/bank-gateway/v1/checkout/abc\"}")));
    }

    private ResponseEntity<String> pay(String providerId, String method) {
        return post("/api/billing/deposit/payments", provider(providerId), UUID.randomUUID().toString(), Map.of("method", method));
    }

    private JsonNode deposit(String providerId) {
        return body(get("/api/billing/deposit", provider(providerId)));
    }

    private String paymentStatus(String paymentId) {
        return jdbc.sql("SELECT status FROM deposit_payment WHERE id = :id").param("id", paymentId).query(String.class).single();
    }

    private ResponseEntity<String> notify(String channel, Map<String, String> headers, String body) {
        return http().post().uri("/api/billing/notifications/" + channel)
                .headers(h -> headers.forEach(h::add))
                .contentType(MediaType.APPLICATION_JSON)
                .body(body.getBytes(StandardCharsets.UTF_8))
                .retrieve().toEntity(String.class);
    }

    private ResponseEntity<String> wechatNotification(String paymentId, long amountFen) {
        String body = ChannelSigner.wechatBody(paymentId, amountFen, "SUCCESS");
        return notify("wechat-pay", ChannelSigner.wechat(body, clock.instant(), ChannelSigner.nonce()), body);
    }

    @Test
    void eachAcceptedMethodCreatesAPendingPaymentOfWhatIsMissingWithWhatThePayerOpens() {
        Map<String, String> payUrls = Map.of("WECHAT_PAY", "weixin://wxpay/bizpayurl?pr=T3stQr",
                "QQ_PAY", "https://qpay.qq.com/qr/5f3a9c", "ONLINE_BANKING", "http://localhost:8090/bank-gateway/v1/checkout/abc");
        for (String method : List.of("WECHAT_PAY", "QQ_PAY", "ONLINE_BANKING")) {
            String providerId = approvedProvider();
            var created = pay(providerId, method);

            assertThat(created.getStatusCode().value()).as(method).isEqualTo(201);
            JsonNode payment = body(created);
            assertThat(payment.get("amountFen").asLong()).isEqualTo(500000);
            assertThat(payment.get("method").asString()).isEqualTo(method);
            assertThat(payment.get("status").asString()).isEqualTo("PENDING");
            assertThat(payment.get("payUrl").asString()).isEqualTo(payUrls.get(method));
            assertThat(created.getHeaders().getLocation()).hasToString("/api/billing/deposit/payments/" + payment.get("id").asString());
        }
        partners.verify(postRequestedFor(urlPathEqualTo("/v3/pay/transactions/native"))
                .withRequestBody(matchingJsonPath("$.amount.total", equalTo("500000")))
                .withRequestBody(matchingJsonPath("$.notify_url", equalTo("http://localhost:8084/api/billing/notifications/wechat-pay"))));
        partners.verify(postRequestedFor(urlPathEqualTo("/qqpay/v1/orders")).withRequestBody(matchingJsonPath("$.total_fee", equalTo("500000"))));
        partners.verify(postRequestedFor(urlPathEqualTo("/bank-gateway/v1/payments")).withRequestBody(matchingJsonPath("$.amountFen", equalTo("500000"))));
    }

    @Test
    void requestsToWechatPayAreSignedByTheMerchantAndAnAnswerWithoutThePlatformSignatureIsNotBelieved() throws Exception {
        String providerId = approvedProvider();
        String paymentId = body(pay(providerId, "WECHAT_PAY")).get("id").asString();

        var request = partners.findAll(postRequestedFor(urlPathEqualTo("/v3/pay/transactions/native"))).getFirst();
        String authorization = request.getHeader("Authorization");
        assertThat(authorization).startsWith("WECHATPAY2-SHA256-RSA2048 ").contains("mchid=\"1900000109\"")
                .contains("serial_no=\"" + TestPartners.MERCHANT_SERIAL + "\"");
        Map<String, String> values = new java.util.HashMap<>();
        var pairs = java.util.regex.Pattern.compile("(\\w+)=\"([^\"]*)\"").matcher(authorization);
        while (pairs.find()) {
            values.put(pairs.group(1), pairs.group(2));
        }
        var verifier = java.security.Signature.getInstance("SHA256withRSA");
        verifier.initVerify(TestPartners.wechatMerchantKey().getPublic());
        verifier.update(("POST\n/v3/pay/transactions/native\n" + values.get("timestamp") + "\n" + values.get("nonce_str") + "\n"
                + request.getBodyAsString() + "\n").getBytes(StandardCharsets.UTF_8));
        assertThat(verifier.verify(java.util.Base64.getDecoder().decode(values.get("signature")))).isTrue();
        assertThat(json.readTree(request.getBodyAsString()).get("out_trade_no").asString()).isEqualTo(paymentId);

        partners.stubFor(WireMock.post("/v3/pay/transactions/native").willReturn(
                okJson("{\"code_url\":\"weixin://wxpay/bizpayurl?pr=Forged\"}").withHeader(SignedWeChatPayAnswers.UNSIGNED, "true")));
        String other = approvedProvider();
        var unsignedAnswer = pay(other, "WECHAT_PAY");
        assertThat(unsignedAnswer.getStatusCode().value()).isEqualTo(503);
        assertThat(body(get("/api/billing/deposit/payments", provider(other))).get("items").get(0).get("status").asString())
                .isEqualTo("FAILED");
    }

    @Test
    void corporateTransferAccountBalanceAndAnythingElseAreRefusedNamingTheAcceptedMethods() {
        String providerId = approvedProvider();
        for (String method : List.of("CORPORATE_TRANSFER", "ACCOUNT_BALANCE", "ALIPAY", "wechat_pay")) {
            var refused = pay(providerId, method);

            assertThat(refused.getStatusCode().value()).as(method).isEqualTo(422);
            JsonNode problem = body(refused);
            assertThat(problem.get("type").asString()).endsWith("/unsupported-payment-method");
            assertThat(problem.get("detail").asString()).contains("WECHAT_PAY", "QQ_PAY", "ONLINE_BANKING");
            assertThat(problem.get("acceptedMethods").valueStream().map(JsonNode::asString).toList())
                    .containsExactly("WECHAT_PAY", "QQ_PAY", "ONLINE_BANKING");
        }
        assertThat(body(get("/api/billing/deposit/payments", provider(providerId))).get("totalItems").asLong()).isZero();
        assertThat(partners.getAllServeEvents()).isEmpty();
    }

    @Test
    void aPaymentNeedsAnIdempotencyKeyAndAMethod() {
        String providerId = approvedProvider();
        assertThat(post("/api/billing/deposit/payments", provider(providerId), Map.of("method", "WECHAT_PAY"))
                .getStatusCode().value()).isEqualTo(400);
        var noMethod = post("/api/billing/deposit/payments", provider(providerId), "k-" + UUID.randomUUID(), Map.of());
        assertThat(noMethod.getStatusCode().value()).isEqualTo(400);
        assertThat(body(noMethod).get("errors").get(0).get("field").asString()).isEqualTo("method");
    }

    @Test
    void nothingToPayIsAConflictAndSoIsASecondPendingPayment() {
        String paid = providerWithPaidDeposit();
        var nothing = pay(paid, "WECHAT_PAY");
        assertThat(nothing.getStatusCode().value()).isEqualTo(409);
        assertThat(body(nothing).get("type").asString()).endsWith("/deposit-already-paid");

        String providerId = approvedProvider();
        String first = body(pay(providerId, "WECHAT_PAY")).get("id").asString();
        var second = pay(providerId, "QQ_PAY");
        assertThat(second.getStatusCode().value()).isEqualTo(409);
        assertThat(body(second).get("type").asString()).endsWith("/payment-pending");
        assertThat(body(second).get("paymentId").asString()).isEqualTo(first);
    }

    @Test
    void twentyParallelRequestsWithOneIdempotencyKeyMakeOnePayment() throws Exception {
        partners.stubFor(WireMock.post("/v3/pay/transactions/native")
                .willReturn(okJson("{\"code_url\":\"weixin://wxpay/bizpayurl?pr=Once\"}").withFixedDelay(300)));
        String providerId = approvedProvider();
        String key = "pay-" + UUID.randomUUID();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ResponseEntity<String>>> answers = new ArrayList<>();
        try (ExecutorService callers = Executors.newFixedThreadPool(20)) {
            for (int i = 0; i < 20; i++) {
                answers.add(callers.submit(() -> {
                    start.await();
                    return post("/api/billing/deposit/payments", provider(providerId), key, Map.of("method", "WECHAT_PAY"));
                }));
            }
            start.countDown();
        }
        List<Integer> statuses = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (Future<ResponseEntity<String>> answer : answers) {
            ResponseEntity<String> response = answer.get();
            statuses.add(response.getStatusCode().value());
            if (response.getStatusCode().value() == 201) {
                ids.add(body(response).get("id").asString());
            }
        }

        assertThat(statuses).containsOnly(201, 409).contains(201);
        assertThat(Set.copyOf(ids)).hasSize(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM deposit_payment WHERE provider_id = :p").param("p", providerId)
                .query(Long.class).single()).isEqualTo(1);
        partners.verify(1, postRequestedFor(urlPathEqualTo("/v3/pay/transactions/native")));
        var replay = post("/api/billing/deposit/payments", provider(providerId), key, Map.of("method", "WECHAT_PAY"));
        assertThat(replay.getStatusCode().value()).isEqualTo(201);
        assertThat(body(replay).get("id").asString()).isEqualTo(ids.getFirst());
    }

    @Test
    void aSignedNotificationCompletesThePaymentOnceAndTheDepositIsPaid() {
        String providerId = approvedProvider();
        String paymentId = body(pay(providerId, "WECHAT_PAY")).get("id").asString();
        try (EventProbe deposits = EventProbe.on(broker.getBrokersAsString(), Topics.DEPOSIT)) {
            var accepted = wechatNotification(paymentId, 500000);

            assertThat(accepted.getStatusCode().value()).isEqualTo(200);
            assertThat(body(accepted).get("code").asString()).isEqualTo("SUCCESS");
            assertThat(paymentStatus(paymentId)).isEqualTo("PAID");
            JsonNode account = deposit(providerId);
            assertThat(account.get("status").asString()).isEqualTo("PAID");
            assertThat(account.get("paidFen").asLong()).isEqualTo(500000);
            ConsumerRecord<String, String> event = deposits.await(r -> providerId.equals(r.key()), Duration.ofSeconds(15));
            assertThat(EventProbe.header(event, CloudEventHeaders.TYPE)).isEqualTo("cloud.marketplace.billing.DepositPaid.v1");
            assertThat(EventProbe.header(event, CloudEventHeaders.ID)).isEqualTo(json.readTree(event.value()).get("eventId").asString());

            var duplicate = wechatNotification(paymentId, 500000);
            assertThat(duplicate.getStatusCode().value()).isEqualTo(200);
            assertThat(deposit(providerId).get("paidFen").asLong()).isEqualTo(500000);
            assertThat(deposits.awaitCount(r -> providerId.equals(r.key()), 2, Duration.ofSeconds(2))).hasSize(1);
        }
        JsonNode records = body(get("/api/billing/deposit/payments", provider(providerId)));
        assertThat(records.get("items").get(0).get("status").asString()).isEqualTo("PAID");
        assertThat(records.get("items").get(0).get("paidAt").isNull()).isFalse();
    }

    @Test
    void qqPayAndOnlineBankingNotificationsAreCheckedWithTheirOwnKeys() {
        String qq = approvedProvider();
        String qqPayment = body(pay(qq, "QQ_PAY")).get("id").asString();
        String bank = approvedProvider();
        String bankPayment = body(pay(bank, "ONLINE_BANKING")).get("id").asString();

        String qqBody = ChannelSigner.qqPayBody(qqPayment, 500000, "SUCCESS");
        var signedWithTheBankKey = notify("qq-pay", ChannelSigner.bank(qqBody, clock.instant(), ChannelSigner.nonce()), qqBody);
        assertThat(signedWithTheBankKey.getStatusCode().value()).isEqualTo(401);
        assertThat(paymentStatus(qqPayment)).isEqualTo("PENDING");
        var qqAccepted = notify("qq-pay", ChannelSigner.qqPay(qqBody, clock.instant(), ChannelSigner.nonce()), qqBody);
        assertThat(qqAccepted.getStatusCode().value()).isEqualTo(200);
        assertThat(body(qqAccepted).get("return_code").asString()).isEqualTo("SUCCESS");

        String bankBody = ChannelSigner.bankBody(bankPayment, 500000, "PAID");
        var bankAccepted = notify("online-banking", ChannelSigner.bank(bankBody, clock.instant(), ChannelSigner.nonce()), bankBody);
        assertThat(bankAccepted.getStatusCode().value()).isEqualTo(200);
        assertThat(body(bankAccepted).get("result").asString()).isEqualTo("RECEIVED");

        assertThat(deposit(qq).get("status").asString()).isEqualTo("PAID");
        assertThat(deposit(bank).get("status").asString()).isEqualTo("PAID");
    }

    @Test
    void forgedUnsignedTamperedReplayedStaleAndAmountMismatchedNotificationsChangeNothing() throws Exception {
        String providerId = approvedProvider();
        String paymentId = body(pay(providerId, "WECHAT_PAY")).get("id").asString();
        String body = ChannelSigner.wechatBody(paymentId, 500000, "SUCCESS");
        Instant now = clock.instant();
        var otherKey = KeyPairGenerator.getInstance("RSA");
        otherKey.initialize(2048);

        var forged = notify("wechat-pay", ChannelSigner.wechat(body, now, ChannelSigner.nonce(), otherKey.generateKeyPair().getPrivate()), body);
        var unsigned = notify("wechat-pay", Map.of(), body);
        Map<String, String> signedHeaders = ChannelSigner.wechat(body, now, ChannelSigner.nonce());
        var tampered = notify("wechat-pay", signedHeaders, body.replace("500000", "500001"));
        var stale = notify("wechat-pay", ChannelSigner.wechat(body, now.minus(Duration.ofMinutes(6)), ChannelSigner.nonce()), body);
        String wrongAmount = ChannelSigner.wechatBody(paymentId, 1, "SUCCESS");
        var mismatch = notify("wechat-pay", ChannelSigner.wechat(wrongAmount, now, ChannelSigner.nonce()), wrongAmount);
        String notOurs = ChannelSigner.wechatBody("f".repeat(32), 500000, "SUCCESS");
        var unknown = notify("wechat-pay", ChannelSigner.wechat(notOurs, now, ChannelSigner.nonce()), notOurs);
        String bankBodyForWechatPayment = ChannelSigner.bankBody(paymentId, 500000, "PAID");
        var wrongChannel = notify("online-banking", ChannelSigner.bank(bankBodyForWechatPayment, now, ChannelSigner.nonce()),
                bankBodyForWechatPayment);

        assertThat(forged.getStatusCode().value()).isEqualTo(401);
        assertThat(body(forged).get("code").asString()).isEqualTo("FAIL");
        assertThat(unsigned.getStatusCode().value()).isEqualTo(401);
        assertThat(tampered.getStatusCode().value()).isEqualTo(401);
        assertThat(stale.getStatusCode().value()).isEqualTo(401);
        assertThat(mismatch.getStatusCode().value()).isEqualTo(400);
        assertThat(body(mismatch).get("message").asString()).isEqualTo("AMOUNT_MISMATCH");
        assertThat(unknown.getStatusCode().value()).isEqualTo(400);
        assertThat(wrongChannel.getStatusCode().value()).isEqualTo(400);
        assertThat(paymentStatus(paymentId)).isEqualTo("PENDING");
        assertThat(deposit(providerId).get("paidFen").asLong()).isZero();

        var genuine = notify("wechat-pay", signedHeaders, body);
        assertThat(genuine.getStatusCode().value()).isEqualTo(200);
        assertThat(deposit(providerId).get("paidFen").asLong()).isEqualTo(500000);
        var replayed = notify("wechat-pay", signedHeaders, body);
        assertThat(replayed.getStatusCode().value()).isEqualTo(401);
        assertThat(body(replayed).get("message").asString()).isEqualTo("REPLAYED");
        assertThat(deposit(providerId).get("paidFen").asLong()).isEqualTo(500000);
        // the notification sent to the wrong channel is kept as not ours: the payment is not of that channel
        assertThat(jdbc.sql("SELECT verdict FROM payment_notification WHERE payment_id = :id ORDER BY id")
                .param("id", paymentId).query(String.class).list())
                .containsExactly("AMOUNT_MISMATCH", "UNKNOWN_PAYMENT", "APPLIED");
    }

    @Test
    void aTierRaisedWhileAPaymentIsPendingLeavesTheDifferenceToTopUp() {
        clock.setShanghai(LocalDateTime.of(2092, 2, 1, 10, 0));
        put("/api/billing/deposit-tier", admin(), Map.of("amountFen", 500000, "effectiveFrom", "2092-02-01"));
        String providerId = approvedProvider();
        String first = body(pay(providerId, "WECHAT_PAY")).get("id").asString();

        var raised = put("/api/billing/deposit-tier", admin(), Map.of("amountFen", 600000, "effectiveFrom", "2092-02-01"));
        assertThat(raised.getStatusCode().value()).isEqualTo(200);
        assertThat(deposit(providerId).get("status").asString()).isEqualTo("UNPAID");

        try (EventProbe deposits = EventProbe.on(broker.getBrokersAsString(), Topics.DEPOSIT)) {
            assertThat(wechatNotification(first, 500000).getStatusCode().value()).isEqualTo(200);
            JsonNode account = deposit(providerId);
            assertThat(account.get("status").asString()).isEqualTo("SHORTFALL");
            assertThat(account.get("shortfallFen").asLong()).isEqualTo(100000);
            ConsumerRecord<String, String> shortfall = deposits.await(r -> providerId.equals(r.key()), Duration.ofSeconds(15));
            assertThat(EventProbe.header(shortfall, CloudEventHeaders.TYPE)).endsWith("DepositShortfall.v1");

            JsonNode topUp = body(pay(providerId, "QQ_PAY"));
            assertThat(topUp.get("amountFen").asLong()).isEqualTo(100000);
            String qqBody = ChannelSigner.qqPayBody(topUp.get("id").asString(), 100000, "SUCCESS");
            assertThat(notify("qq-pay", ChannelSigner.qqPay(qqBody, clock.instant(), ChannelSigner.nonce()), qqBody)
                    .getStatusCode().value()).isEqualTo(200);

            assertThat(deposit(providerId).get("status").asString()).isEqualTo("PAID");
            List<ConsumerRecord<String, String>> events = deposits.awaitCount(r -> providerId.equals(r.key()), 2, Duration.ofSeconds(15));
            assertThat(EventProbe.header(events.get(1), CloudEventHeaders.TYPE)).endsWith("DepositPaid.v1");
            assertThat(json.readTree(events.get(1).value()).get("paidFen").asLong()).isEqualTo(600000);
        }
    }

    @Test
    void overduePaymentsAreClosedOnlyAfterAskingTheChannel() {
        String unpaid = approvedProvider();
        String unpaidPayment = body(pay(unpaid, "WECHAT_PAY")).get("id").asString();
        String paidMeanwhile = approvedProvider();
        String paidPayment = body(pay(paidMeanwhile, "QQ_PAY")).get("id").asString();
        String silent = approvedProvider();
        String silentPayment = body(pay(silent, "ONLINE_BANKING")).get("id").asString();
        partners.stubFor(WireMock.get(urlPathEqualTo("/v3/pay/transactions/out-trade-no/" + unpaidPayment))
                .willReturn(okJson("{\"out_trade_no\":\"" + unpaidPayment + "\",\"trade_state\":\"NOTPAY\",\"amount\":{\"total\":500000}}")));
        partners.stubFor(WireMock.post("/v3/pay/transactions/out-trade-no/" + unpaidPayment + "/close").willReturn(aResponse().withStatus(204)));
        partners.stubFor(WireMock.get(urlPathEqualTo("/qqpay/v1/orders/" + paidPayment)).willReturn(okJson(
                "{\"out_trade_no\":\"" + paidPayment + "\",\"transaction_id\":\"qq-1\",\"trade_state\":\"SUCCESS\",\"total_fee\":500000,"
                        + "\"time_end\":\"2026-01-01T10:00:00+08:00\"}")));
        partners.stubFor(WireMock.get(urlPathEqualTo("/bank-gateway/v1/payments/" + silentPayment)).willReturn(aResponse().withStatus(503)));

        payments.expireOverdue();
        assertThat(paymentStatus(unpaidPayment)).isEqualTo("PENDING");

        clock.advance(Duration.ofMinutes(31));
        payments.expireOverdue();

        assertThat(paymentStatus(unpaidPayment)).isEqualTo("EXPIRED");
        partners.verify(postRequestedFor(urlPathEqualTo("/v3/pay/transactions/out-trade-no/" + unpaidPayment + "/close")));
        assertThat(paymentStatus(paidPayment)).isEqualTo("PAID");
        assertThat(deposit(paidMeanwhile).get("status").asString()).isEqualTo("PAID");
        assertThat(paymentStatus(silentPayment)).isEqualTo("PENDING");
        assertThat(deposit(unpaid).get("paidFen").asLong()).isZero();
        assertThat(pay(unpaid, "WECHAT_PAY").getStatusCode().value()).isEqualTo(201);
    }

    @Test
    void aChannelThatIsDownAnswers503AndLeavesNoPendingPaymentBehind() {
        partners.stubFor(WireMock.post("/bank-gateway/v1/payments").willReturn(aResponse().withStatus(503)));
        String providerId = approvedProvider();

        var down = pay(providerId, "ONLINE_BANKING");
        assertThat(down.getStatusCode().value()).isEqualTo(503);
        assertThat(down.getHeaders().getFirst("Retry-After")).isNotBlank();

        var records = body(get("/api/billing/deposit/payments", provider(providerId)));
        assertThat(records.get("items").get(0).get("status").asString()).isEqualTo("FAILED");
        assertThat(pay(providerId, "WECHAT_PAY").getStatusCode().value()).isEqualTo(201);
        var page = body(get("/api/billing/deposit/payments?page=0&size=1", provider(providerId)));
        assertThat(page.get("totalItems").asLong()).isEqualTo(2);
        assertThat(page.get("items")).hasSize(1);
        assertThat(get("/api/billing/deposit/payments?size=101", provider(providerId)).getStatusCode().value()).isEqualTo(400);
    }
}
