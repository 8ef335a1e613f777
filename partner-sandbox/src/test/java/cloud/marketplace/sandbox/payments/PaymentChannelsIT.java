package cloud.marketplace.sandbox.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cloud.marketplace.contracts.events.Topics;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The three channels against a stand-in for billing that records what it is sent and checks it as billing does. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "sandbox.autopilot.enabled=true", "sandbox.autopilot.step-delay-ms=200"})
@EmbeddedKafka(partitions = 1, topics = Topics.ORDERS)
class PaymentChannelsIT {

    /** billing-service's local default WeChat Pay platform public key (its application.yml). */
    private static final String BILLING_WECHAT_PLATFORM_PUBLIC_KEY = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA2thvcr8fDMRe/Crw8rz25Vq57oJx/kpQhRD66fRQQgGRWZp0BnbcJgOx/4QCgdQFnjE3G8Q6M6R767n53nRtu03KCu8WqLNbro7QiDSz+HAi3QyvKnk2sTnXFPZwbVdTAikKOCkV91ppCjHXVVBAI2xy522iJuQCxsOrdSYJwPdScjeMrJ/whs9FfOZ9eYjzhNJAlmqqhvYqTTBDhBlpWJF5FLe5+5arK80RSkoA23nHL3KL9jalMO2itfKG/PEJvePmBU+QjUxRB/U1n3CF4F3eDitd4J1HJZabgVMun6X8FL9efGhphTr/tRg59NvfnZDBPCTKJaEIJdOJn88OawIDAQAB";
    private static final String BILLING_QQ_PAY_KEY = "local-sandbox-qq-pay-key-change-me-0123456789";
    private static final String BILLING_BANK_KEY = "local-sandbox-bank-gateway-key-change-me-01234";

    record Received(String path, Map<String, String> headers, String body) {
    }

    @LocalServerPort int port;
    @Autowired JsonMapper json;
    @Autowired ChannelPayments payments;

    private HttpServer billing;
    private final List<Received> received = new CopyOnWriteArrayList<>();

    @BeforeEach
    void billingStandIn() throws IOException {
        billing = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        billing.createContext("/api/billing/notifications/", exchange -> {
            Map<String, String> headers = new java.util.HashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.getFirst()));
            received.add(new Received(exchange.getRequestURI().getPath(), headers,
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        billing.start();
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

    private ResponseEntity<String> call(String method, String path, Object body) {
        var request = RestClient.builder().baseUrl("http://localhost:" + port).defaultStatusHandler(status -> true, (rq, rs) -> { })
                .build().method(org.springframework.http.HttpMethod.valueOf(method)).uri(path);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return request.retrieve().toEntity(String.class);
    }

    private Received awaitNotification(String paymentId) {
        return await().atMost(Duration.ofSeconds(10)).until(
                () -> received.stream().filter(r -> r.body().contains(paymentId)).findFirst().orElse(null),
                java.util.Objects::nonNull);
    }

    private static byte[] message(Received notification, String prefix) {
        return (notification.headers().get(prefix + "timestamp") + "\n" + notification.headers().get(prefix + "nonce") + "\n"
                + notification.body() + "\n").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theAutopilotPaysAWechatPaymentAndItsNotificationVerifiesWithTheKeyBillingTrusts() throws Exception {
        String paymentId = UUID.randomUUID().toString().replace("-", "");
        var created = call("POST", "/v3/pay/transactions/native", Map.of("appid", "wx8888888888888888", "mchid", "1900000109",
                "description", "deposit", "out_trade_no", paymentId, "notify_url", notifyUrl("wechat-pay"),
                "amount", Map.of("total", 500000, "currency", "CNY")));
        assertThat(created.getStatusCode().value()).isEqualTo(200);
        assertThat(json.readTree(created.getBody()).get("code_url").asString()).startsWith("weixin://wxpay/bizpayurl?pr=");

        Received notification = awaitNotification(paymentId);

        assertThat(notification.path()).isEqualTo("/api/billing/notifications/wechat-pay");
        PublicKey key = KeyFactory.getInstance("RSA").generatePublic(
                new X509EncodedKeySpec(Base64.getDecoder().decode(BILLING_WECHAT_PLATFORM_PUBLIC_KEY)));
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(key);
        verifier.update(message(notification, "wechatpay-"));
        assertThat(verifier.verify(Base64.getDecoder().decode(notification.headers().get("wechatpay-signature")))).isTrue();
        assertThat(notification.headers().get("wechatpay-serial")).isEqualTo("PUB_KEY_ID_0119000001092026112800000000000001");
        assertThat(Long.parseLong(notification.headers().get("wechatpay-timestamp")))
                .isCloseTo(Instant.now().getEpochSecond(), org.assertj.core.data.Offset.offset(60L));
        JsonNode resource = json.readTree(notification.body()).get("resource");
        assertThat(resource.get("out_trade_no").asString()).isEqualTo(paymentId);
        assertThat(resource.get("trade_state").asString()).isEqualTo("SUCCESS");
        assertThat(resource.get("amount").get("total").asLong()).isEqualTo(500000);
        JsonNode query = json.readTree(call("GET", "/v3/pay/transactions/out-trade-no/" + paymentId + "?mchid=1900000109", null).getBody());
        assertThat(query.get("trade_state").asString()).isEqualTo("SUCCESS");
    }

    @Test
    void qqPayAndBankNotificationsAreSignedWithTheMerchantKeysAndEachDeliveryHasItsOwnNonce() throws Exception {
        payments.autopilotOutcome(ChannelPayments.AutopilotOutcome.NONE);
        String qq = UUID.randomUUID().toString().replace("-", "");
        String bank = UUID.randomUUID().toString().replace("-", "");
        call("POST", "/qqpay/v1/orders", Map.of("mch_id", "1900000209", "out_trade_no", qq, "total_fee", 100000,
                "notify_url", notifyUrl("qq-pay")));
        var redirect = call("POST", "/bank-gateway/v1/payments", Map.of("merchantId", "898000000000001", "orderNo", bank,
                "amountFen", 100000, "notifyUrl", notifyUrl("online-banking")));
        assertThat(json.readTree(redirect.getBody()).get("redirectUrl").asString()).endsWith("/bank-gateway/v1/checkout/" + bank);

        call("POST", "/sandbox/payments/" + qq + "/pay", null);
        call("POST", "/bank-gateway/v1/checkout/" + bank + "/pay", null);
        Received qqNotification = awaitNotification(qq);
        Received bankNotification = awaitNotification(bank);

        assertThat(qqNotification.headers().get("x-qpay-signature")).isEqualTo(hmac(BILLING_QQ_PAY_KEY, message(qqNotification, "x-qpay-")));
        assertThat(bankNotification.headers().get("x-gateway-signature"))
                .isEqualTo(hmac(BILLING_BANK_KEY, message(bankNotification, "x-gateway-")));
        assertThat(json.readTree(bankNotification.body()).get("status").asString()).isEqualTo("PAID");

        call("POST", "/sandbox/payments/" + qq + "/notify", null);
        await().atMost(Duration.ofSeconds(10)).until(() -> received.stream().filter(r -> r.body().contains(qq)).count() == 2);
        List<String> nonces = received.stream().filter(r -> r.body().contains(qq)).map(r -> r.headers().get("x-qpay-nonce")).toList();
        assertThat(nonces.get(0)).isNotEqualTo(nonces.get(1));
    }

    @Test
    void aPaymentCanBeFailedOrLeftToExpireAndIsThenClosedAtTheChannel() {
        payments.autopilotOutcome(ChannelPayments.AutopilotOutcome.NONE);
        String failing = UUID.randomUUID().toString().replace("-", "");
        String expiring = UUID.randomUUID().toString().replace("-", "");
        call("POST", "/v3/pay/transactions/native", Map.of("out_trade_no", failing, "notify_url", notifyUrl("wechat-pay"),
                "amount", Map.of("total", 1)));
        call("POST", "/bank-gateway/v1/payments", Map.of("orderNo", expiring, "amountFen", 1, "notifyUrl", notifyUrl("online-banking")));

        assertThat(json.readTree(call("POST", "/sandbox/payments/" + failing + "/fail", null).getBody()).get("state").asString())
                .isEqualTo("PAYERROR");
        assertThat(json.readTree(awaitNotification(failing).body()).get("resource").get("trade_state").asString()).isEqualTo("PAYERROR");
        call("POST", "/sandbox/payments/" + expiring + "/expire", null);
        assertThat(json.readTree(call("GET", "/bank-gateway/v1/payments/" + expiring, null).getBody()).get("status").asString())
                .isEqualTo("CLOSED");
        assertThat(call("GET", "/v3/pay/transactions/out-trade-no/unknown", null).getStatusCode().value()).isEqualTo(404);
        assertThat(received).noneMatch(r -> r.body().contains(expiring));
    }

    @Test
    void payoutsAnswerWhatTheControlSaysAndTheSameRequestNumberPaysOnce() {
        var first = call("POST", "/bank-gateway/v1/payouts", Map.of("payoutNo", "w-1", "amountFen", 6000, "accountNumber", "7559"));
        var again = call("POST", "/bank-gateway/v1/payouts", Map.of("payoutNo", "w-1", "amountFen", 6000, "accountNumber", "7559"));
        assertThat(json.readTree(first.getBody()).get("status").asString()).isEqualTo("SUCCESS");
        assertThat(json.readTree(again.getBody()).get("bankSerialNo").asString())
                .isEqualTo(json.readTree(first.getBody()).get("bankSerialNo").asString());

        call("PUT", "/sandbox/payouts/outcome", Map.of("outcome", "FAILED"));
        var refused = call("POST", "/v3/ecommerce/fund/withdraw", Map.of("sub_mchid", "1900012345", "out_request_no", "w-2", "amount", 100));
        assertThat(json.readTree(refused.getBody()).get("status").asString()).isEqualTo("FAIL");
        assertThat(json.readTree(call("GET", "/v3/ecommerce/fund/withdraw/out-request-no/w-2", null).getBody())
                .get("status").asString()).isEqualTo("FAIL");
    }

    private static String hmac(String key, byte[] message) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal(message));
    }
}
