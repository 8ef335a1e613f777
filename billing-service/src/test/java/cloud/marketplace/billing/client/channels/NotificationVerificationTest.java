package cloud.marketplace.billing.client.channels;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.marketplace.billing.ChannelSigner;
import cloud.marketplace.billing.TestPartners;
import cloud.marketplace.billing.payment.NotificationCheck;
import cloud.marketplace.billing.payment.NotificationVerdict;
import cloud.marketplace.billing.payment.PaymentChannel;
import cloud.marketplace.billing.payment.SignedNotification;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Each channel's notification check, without Spring: what it accepts and every way it refuses. */
class NotificationVerificationTest {

    private static final Instant NOW = Instant.parse("2026-03-01T02:00:00Z");
    private static final String PAYMENT = "0123456789abcdef0123456789abcdef";

    private final ChannelProperties properties = new ChannelProperties("http://localhost:1", "http://localhost:8084",
            Duration.ofMinutes(5), Duration.ofSeconds(1), Duration.ofSeconds(1),
            new ChannelProperties.WeChatPay(null, "wx1", "1900000109", TestPartners.MERCHANT_SERIAL,
                    Base64.getEncoder().encodeToString(TestPartners.wechatMerchantKey().getPrivate().getEncoded()),
                    TestPartners.WECHAT_SERIAL,
                    Base64.getEncoder().encodeToString(TestPartners.wechatPlatformKey().getPublic().getEncoded())),
            new ChannelProperties.SharedKeyChannel(null, "qq1", TestPartners.QQ_PAY_KEY),
            new ChannelProperties.SharedKeyChannel(null, "bank1", TestPartners.BANK_KEY));
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final ChannelHttp http = new ChannelHttp(properties, JsonMapper.builder().build());
    private final WeChatPayChannel wechat = new WeChatPayChannel(new WeChatPayHttp(http, properties, clock), http, properties, clock);
    private final QqPayChannel qqPay = new QqPayChannel(http, properties, clock);
    private final OnlineBankingChannel bank = new OnlineBankingChannel(http, properties, clock);

    private static SignedNotification notification(Map<String, String> headers, String body) {
        return new SignedNotification(headers, body.getBytes(StandardCharsets.UTF_8));
    }

    private static NotificationVerdict verdict(NotificationCheck check) {
        return check instanceof NotificationCheck.Rejected rejected ? rejected.verdict() : NotificationVerdict.APPLIED;
    }

    @Test
    void aWechatNotificationSignedByThePlatformKeyIsReadWithOurPaymentAndAmount() {
        String body = ChannelSigner.wechatBody(PAYMENT, 500000, "SUCCESS");

        NotificationCheck check = wechat.verify(notification(ChannelSigner.wechat(body, NOW, "nonce-0001"), body));

        assertThat(check).isInstanceOfSatisfying(NotificationCheck.Verified.class, verified -> {
            assertThat(verified.nonce()).isEqualTo("nonce-0001");
            assertThat(verified.notification().paymentId()).isEqualTo(PAYMENT);
            assertThat(verified.notification().amountFen()).isEqualTo(500000);
            assertThat(verified.notification().outcome()).isEqualTo(PaymentChannel.ChannelOutcome.PAID);
        });
    }

    @Test
    void headerNamesAreMatchedWhateverTheirCase() {
        String body = ChannelSigner.wechatBody(PAYMENT, 1, "SUCCESS");
        Map<String, String> lower = new HashMap<>();
        ChannelSigner.wechat(body, NOW, "nonce-0002").forEach((name, value) -> lower.put(name.toLowerCase(), value));

        assertThat(verdict(wechat.verify(notification(lower, body)))).isEqualTo(NotificationVerdict.APPLIED);
    }

    @Test
    void anUnsignedOrHalfSignedNotificationIsRefused() {
        String body = ChannelSigner.wechatBody(PAYMENT, 500000, "SUCCESS");
        Map<String, String> headers = new HashMap<>(ChannelSigner.wechat(body, NOW, "nonce-0003"));
        headers.remove("Wechatpay-Signature");

        assertThat(verdict(wechat.verify(notification(Map.of(), body)))).isEqualTo(NotificationVerdict.UNSIGNED);
        assertThat(verdict(wechat.verify(notification(headers, body)))).isEqualTo(NotificationVerdict.UNSIGNED);
    }

    @Test
    void aForgedTamperedOrGarbledSignatureIsRefusedWithoutAnException() {
        String body = ChannelSigner.wechatBody(PAYMENT, 500000, "SUCCESS");
        Map<String, String> signed = ChannelSigner.wechat(body, NOW, "nonce-0004");
        Map<String, String> garbled = new HashMap<>(signed);
        garbled.put("Wechatpay-Signature", "%%% not base64 %%%");
        Map<String, String> otherSerial = new HashMap<>(signed);
        otherSerial.put("Wechatpay-Serial", "PUB_KEY_ID_SOMEONE_ELSE");
        Map<String, String> otherNonce = new HashMap<>(signed);
        otherNonce.put("Wechatpay-Nonce", "nonce-0005");

        assertThat(verdict(wechat.verify(notification(signed, body.replace("500000", "5000"))))).isEqualTo(NotificationVerdict.BAD_SIGNATURE);
        assertThat(verdict(wechat.verify(notification(garbled, body)))).isEqualTo(NotificationVerdict.BAD_SIGNATURE);
        assertThat(verdict(wechat.verify(notification(otherSerial, body)))).isEqualTo(NotificationVerdict.BAD_SIGNATURE);
        assertThat(verdict(wechat.verify(notification(otherNonce, body)))).isEqualTo(NotificationVerdict.BAD_SIGNATURE);
        assertThat(verdict(qqPay.verify(notification(ChannelSigner.bank(body, NOW, "nonce-0006"), body))))
                .isEqualTo(NotificationVerdict.UNSIGNED);
        assertThat(verdict(qqPay.verify(notification(
                ChannelSigner.hmacHeaders("X-QPay-", TestPartners.BANK_KEY, body, NOW, "nonce-0007"), body))))
                .isEqualTo(NotificationVerdict.BAD_SIGNATURE);
    }

    @Test
    void theTimestampMustBeWithinFiveMinutesEitherWay() {
        String body = ChannelSigner.wechatBody(PAYMENT, 500000, "SUCCESS");

        assertThat(verdict(wechat.verify(notification(ChannelSigner.wechat(body, NOW.minus(Duration.ofMinutes(5)), "nonce-0008"), body))))
                .isEqualTo(NotificationVerdict.APPLIED);
        assertThat(verdict(wechat.verify(notification(ChannelSigner.wechat(body, NOW.minus(Duration.ofSeconds(301)), "nonce-0009"), body))))
                .isEqualTo(NotificationVerdict.STALE);
        assertThat(verdict(wechat.verify(notification(ChannelSigner.wechat(body, NOW.plus(Duration.ofSeconds(301)), "nonce-0010"), body))))
                .isEqualTo(NotificationVerdict.STALE);
        assertThat(verdict(bank.verify(notification(ChannelSigner.bank(body, NOW.minus(Duration.ofHours(1)), "nonce-0011"), body))))
                .isEqualTo(NotificationVerdict.STALE);
    }

    @Test
    void aSignedNotificationThatSaysNothingUsableIsMalformed() {
        String body = "{\"resource\":{\"trade_state\":\"SUCCESS\"}}";
        String odd = ChannelSigner.wechatBody(PAYMENT, 500000, "SOMETHING_NEW");

        assertThat(verdict(wechat.verify(notification(ChannelSigner.wechat(body, NOW, "nonce-0012"), body))))
                .isEqualTo(NotificationVerdict.MALFORMED);
        assertThat(verdict(wechat.verify(notification(ChannelSigner.wechat(odd, NOW, "nonce-0013"), odd))))
                .isEqualTo(NotificationVerdict.MALFORMED);
        assertThat(verdict(bank.verify(notification(ChannelSigner.bank("not json", NOW, "nonce-0014"), "not json"))))
                .isEqualTo(NotificationVerdict.MALFORMED);
    }

    @Test
    void qqPayAndTheBankGatewayReadTheirOwnFields() {
        String qqBody = ChannelSigner.qqPayBody(PAYMENT, 100000, "SUCCESS");
        String bankBody = ChannelSigner.bankBody(PAYMENT, 100000, "FAILED");

        NotificationCheck qq = qqPay.verify(notification(ChannelSigner.qqPay(qqBody, NOW, "nonce-0015"), qqBody));
        NotificationCheck gateway = bank.verify(notification(ChannelSigner.bank(bankBody, NOW, "nonce-0016"), bankBody));

        assertThat(qq).isInstanceOfSatisfying(NotificationCheck.Verified.class, verified -> {
            assertThat(verified.notification().amountFen()).isEqualTo(100000);
            assertThat(verified.notification().outcome()).isEqualTo(PaymentChannel.ChannelOutcome.PAID);
        });
        assertThat(gateway).isInstanceOfSatisfying(NotificationCheck.Verified.class,
                verified -> assertThat(verified.notification().outcome()).isEqualTo(PaymentChannel.ChannelOutcome.FAILED));
    }
}
