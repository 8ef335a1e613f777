package cloud.marketplace.sandbox.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cloud.marketplace.sandbox.wechatpay.SandboxPartnerTest;
import cloud.marketplace.sandbox.wechatpay.SignedPartnerClient;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/**
 * The three channels against a stand-in for billing that records what it is sent and checks it as
 * billing does. WeChat Pay calls go through the sandbox's v3 signature check, as billing's do.
 */
class PaymentChannelsIT extends SandboxPartnerTest {

    private static final String BILLING_QQ_PAY_KEY = "local-sandbox-qq-pay-key-change-me-0123456789";
    private static final String BILLING_BANK_KEY = "local-sandbox-bank-gateway-key-change-me-01234";

    record Received(String path, Map<String, String> headers, String body) {
    }

    @Autowired ChannelPayments payments;

    private HttpServer billing;
    private final List<Received> received = new CopyOnWriteArrayList<>();

    @BeforeEach
    void billingStandIn() throws IOException {
        billing = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        billing.createContext("/api/billing/notifications/", exchange -> {
            Map<String, String> headers = new HashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.getFirst()));
            received.add(new Received(exchange.getRequestURI().getPath(), headers,
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        billing.start();
        autopilot(true, 200);
        payments.autopilotOutcome(ChannelPayments.AutopilotOutcome.PAID);
        payments.payoutOutcome(ChannelPayments.PayoutOutcome.SUCCESS);
    }

    @AfterEach
    void stopBilling() {
        billing.stop(0);
    }

    private String notifyUrl(String channel) {
        return "http://127.0.0.1:" + billing.getAddress().getPort() + "/api/billing/notifications/" + channel;
    }

    private ResponseEntity<String> call(HttpMethod method, String path, Object body) {
        var request = controls().method(method).uri(path);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return request.retrieve().toEntity(String.class);
    }

    private Received awaitNotification(String paymentId) {
        return await().atMost(Duration.ofSeconds(10)).until(
                () -> received.stream().filter(r -> r.body().contains(paymentId)).findFirst().orElse(null), Objects::nonNull);
    }

    private static byte[] message(Received notification, String prefix) {
        return (notification.headers().get(prefix + "timestamp") + "\n" + notification.headers().get(prefix + "nonce") + "\n"
                + notification.body() + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String hmac(String key, byte[] message) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal(message));
    }

    @Test
    void theAutopilotPaysAWechatPaymentAndNotifiesItSignedWithThePlatformKey() throws Exception {
        SignedPartnerClient wechat = SignedPartnerClient.wechatPay(port, WECHAT_KEY_ID);
        String paymentId = UUID.randomUUID().toString().replace("-", "");
        SignedPartnerClient.Answer created = wechat.post("/v3/pay/transactions/native", json.writeValueAsString(Map.of(
                "appid", "wx8888888888888888", "mchid", "1900000109", "description", "deposit", "out_trade_no", paymentId,
                "notify_url", notifyUrl("wechat-pay"), "amount", Map.of("total", 500000, "currency", "CNY"))));
        assertThat(created.status()).isEqualTo(200);
        assertThat(created.signatureValid()).isTrue();
        assertThat(read(created.body()).get("code_url").asString()).startsWith("weixin://wxpay/bizpayurl?pr=");

        Received notification = awaitNotification(paymentId);

        assertThat(notification.path()).isEqualTo("/api/billing/notifications/wechat-pay");
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(SignedPartnerClient.WECHAT_PLATFORM.getPublic());
        verifier.update(message(notification, "wechatpay-"));
        assertThat(verifier.verify(Base64.getDecoder().decode(notification.headers().get("wechatpay-signature")))).isTrue();
        assertThat(notification.headers().get("wechatpay-serial")).isEqualTo(WECHAT_KEY_ID);
        assertThat(Long.parseLong(notification.headers().get("wechatpay-timestamp")))
                .isCloseTo(Instant.now().getEpochSecond(), Offset.offset(60L));
        JsonNode resource = read(notification.body()).get("resource");
        assertThat(resource.get("out_trade_no").asString()).isEqualTo(paymentId);
        assertThat(resource.get("trade_state").asString()).isEqualTo("SUCCESS");
        assertThat(resource.get("amount").get("total").asLong()).isEqualTo(500000);
        SignedPartnerClient.Answer query = wechat.get("/v3/pay/transactions/out-trade-no/" + paymentId + "?mchid=1900000109");
        assertThat(query.signatureValid()).isTrue();
        assertThat(read(query.body()).get("trade_state").asString()).isEqualTo("SUCCESS");
        assertThat(wechat.postUnsigned("/v3/pay/transactions/native", "{}").status()).isEqualTo(401);
    }

    @Test
    void qqPayAndBankNotificationsAreSignedWithTheMerchantKeysAndEachDeliveryHasItsOwnNonce() throws Exception {
        payments.autopilotOutcome(ChannelPayments.AutopilotOutcome.NONE);
        String qq = UUID.randomUUID().toString().replace("-", "");
        String bank = UUID.randomUUID().toString().replace("-", "");
        call(HttpMethod.POST, "/qqpay/v1/orders", Map.of("mch_id", "1900000209", "out_trade_no", qq, "total_fee", 100000,
                "notify_url", notifyUrl("qq-pay")));
        var redirect = call(HttpMethod.POST, "/bank-gateway/v1/payments", Map.of("merchantId", "898000000000001",
                "orderNo", bank, "amountFen", 100000, "notifyUrl", notifyUrl("online-banking")));
        assertThat(read(redirect.getBody()).get("redirectUrl").asString()).endsWith("/bank-gateway/v1/checkout/" + bank);

        call(HttpMethod.POST, "/sandbox/payments/" + qq + "/pay", null);
        call(HttpMethod.POST, "/bank-gateway/v1/checkout/" + bank + "/pay", null);
        Received qqNotification = awaitNotification(qq);
        Received bankNotification = awaitNotification(bank);

        assertThat(qqNotification.headers().get("x-qpay-signature")).isEqualTo(hmac(BILLING_QQ_PAY_KEY, message(qqNotification, "x-qpay-")));
        assertThat(bankNotification.headers().get("x-gateway-signature"))
                .isEqualTo(hmac(BILLING_BANK_KEY, message(bankNotification, "x-gateway-")));
        assertThat(read(bankNotification.body()).get("status").asString()).isEqualTo("PAID");

        call(HttpMethod.POST, "/sandbox/payments/" + qq + "/notify", null);
        await().atMost(Duration.ofSeconds(10)).until(() -> received.stream().filter(r -> r.body().contains(qq)).count() == 2);
        List<String> nonces = received.stream().filter(r -> r.body().contains(qq)).map(r -> r.headers().get("x-qpay-nonce")).toList();
        assertThat(nonces.get(0)).isNotEqualTo(nonces.get(1));
    }

    @Test
    void aPaymentCanBeFailedOrLeftToExpireAndIsThenClosedAtTheChannel() {
        payments.autopilotOutcome(ChannelPayments.AutopilotOutcome.NONE);
        SignedPartnerClient wechat = SignedPartnerClient.wechatPay(port, WECHAT_KEY_ID);
        String failing = UUID.randomUUID().toString().replace("-", "");
        String expiring = UUID.randomUUID().toString().replace("-", "");
        wechat.post("/v3/pay/transactions/native", json.writeValueAsString(Map.of("out_trade_no", failing,
                "notify_url", notifyUrl("wechat-pay"), "amount", Map.of("total", 1))));
        call(HttpMethod.POST, "/bank-gateway/v1/payments", Map.of("orderNo", expiring, "amountFen", 1,
                "notifyUrl", notifyUrl("online-banking")));

        assertThat(read(call(HttpMethod.POST, "/sandbox/payments/" + failing + "/fail", null).getBody()).get("state").asString())
                .isEqualTo("PAYERROR");
        assertThat(read(awaitNotification(failing).body()).get("resource").get("trade_state").asString()).isEqualTo("PAYERROR");
        call(HttpMethod.POST, "/sandbox/payments/" + expiring + "/expire", null);
        assertThat(read(call(HttpMethod.GET, "/bank-gateway/v1/payments/" + expiring, null).getBody()).get("status").asString())
                .isEqualTo("CLOSED");
        assertThat(wechat.get("/v3/pay/transactions/out-trade-no/unknown?mchid=1900000109").status()).isEqualTo(404);
        assertThat(received).noneMatch(r -> r.body().contains(expiring));
    }

    @Test
    void payoutsAnswerWhatTheControlSaysAndTheSameRequestNumberPaysOnce() {
        var first = call(HttpMethod.POST, "/bank-gateway/v1/payouts", Map.of("payoutNo", "w-1", "amountFen", 6000, "accountNumber", "7559"));
        var again = call(HttpMethod.POST, "/bank-gateway/v1/payouts", Map.of("payoutNo", "w-1", "amountFen", 6000, "accountNumber", "7559"));
        assertThat(read(first.getBody()).get("status").asString()).isEqualTo("SUCCESS");
        assertThat(read(again.getBody()).get("bankSerialNo").asString()).isEqualTo(read(first.getBody()).get("bankSerialNo").asString());

        call(HttpMethod.PUT, "/sandbox/payouts/outcome", Map.of("outcome", "FAILED"));
        SignedPartnerClient wechat = SignedPartnerClient.wechatPay(port, WECHAT_KEY_ID);
        var refused = wechat.post("/v3/ecommerce/fund/withdraw", json.writeValueAsString(Map.of("sub_mchid", "1900012345",
                "out_request_no", "w-2", "amount", 100)));
        assertThat(read(refused.body()).get("status").asString()).isEqualTo("FAIL");
        assertThat(read(wechat.get("/v3/ecommerce/fund/withdraw/out-request-no/w-2").body()).get("status").asString())
                .isEqualTo("FAIL");
    }
}
