package cloud.marketplace.billing.client.channels;

import cloud.marketplace.billing.client.channels.ChannelHttp.ChannelCallException;
import cloud.marketplace.billing.payment.ChannelNotification;
import cloud.marketplace.billing.payment.NotificationCheck;
import cloud.marketplace.billing.payment.NotificationVerdict;
import cloud.marketplace.billing.payment.PaymentChannel;
import cloud.marketplace.billing.payment.PaymentMethod;
import cloud.marketplace.billing.payment.SignedNotification;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * QQ Pay (QQ钱包), Native payment: the payer scans {@code code_url}. Notifications are signed
 * HMAC-SHA256 with the merchant key over {@code timestamp\nnonce\nbody\n} ({@code X-QPay-*} headers).
 */
@Component
class QqPayChannel implements PaymentChannel {

    static final NotificationSignatures.Headers HEADERS =
            new NotificationSignatures.Headers("X-QPay-Timestamp", "X-QPay-Nonce", "X-QPay-Signature");

    private final ChannelHttp http;
    private final ChannelProperties properties;
    private final ChannelProperties.SharedKeyChannel config;
    private final Clock clock;

    QqPayChannel(ChannelHttp http, ChannelProperties properties, Clock clock) {
        this.http = http;
        this.properties = properties;
        this.config = properties.qqPay();
        this.clock = clock;
    }

    @Override
    public PaymentMethod method() {
        return PaymentMethod.QQ_PAY;
    }

    @Override
    public String create(ChannelOrder order) {
        JsonNode answer = call(() -> http.post(properties.qqPayBaseUrl(), "/qqpay/v1/orders", Map.of(
                "mch_id", config.merchantId(),
                "out_trade_no", order.paymentId(),
                "body", order.description(),
                "total_fee", order.amountFen(),
                "fee_type", "CNY",
                "trade_type", "NATIVE",
                "time_expire", ChannelTimes.rfc3339(order.expiresAt()),
                "notify_url", properties.notifyUrl(PaymentMethod.QQ_PAY.path()))));
        String codeUrl = answer.path("code_url").asString("");
        if (codeUrl.isBlank()) {
            throw new ChannelException("QQ Pay answered without code_url", true, null);
        }
        return codeUrl;
    }

    @Override
    public ChannelPaymentState query(String paymentId) {
        try {
            JsonNode order = http.get(properties.qqPayBaseUrl(), "/qqpay/v1/orders/" + paymentId + "?mch_id=" + config.merchantId());
            return new ChannelPaymentState(ChannelTimes.tradeState(order.path("trade_state").asString("")),
                    order.path("total_fee").asLong(), order.path("transaction_id").asString(null),
                    ChannelTimes.parse(order.path("time_end").asString(null)));
        } catch (ChannelCallException e) {
            if (e.status() == 404) {
                return new ChannelPaymentState(ChannelOutcome.CLOSED, 0, null, null);
            }
            throw WeChatPayChannel.translate(e);
        } catch (IllegalArgumentException e) {
            throw new ChannelException("QQ Pay answered an unknown state: " + e.getMessage(), true, e);
        }
    }

    @Override
    public void close(String paymentId) {
        call(() -> http.post(properties.qqPayBaseUrl(), "/qqpay/v1/orders/" + paymentId + "/close", Map.of("mch_id", config.merchantId())));
    }

    @Override
    public NotificationCheck verify(SignedNotification notification) {
        byte[] key = config.key().getBytes(StandardCharsets.UTF_8);
        NotificationSignatures.Envelope envelope = NotificationSignatures.envelope(notification, HEADERS,
                (message, signature) -> NotificationSignatures.hmacValid(key, message, signature)
                        ? Optional.empty() : Optional.of("signature does not verify"),
                clock, properties.timestampTolerance());
        if (envelope.rejected() != null) {
            return envelope.rejected();
        }
        NotificationSignatures.Signed signed = envelope.signed();
        try {
            JsonNode order = http.read(notification.body());
            String paymentId = order.path("out_trade_no").asString("");
            if (paymentId.isBlank() || !order.path("total_fee").isIntegralNumber()) {
                return new NotificationCheck.Rejected(NotificationVerdict.MALFORMED, "no out_trade_no or total_fee");
            }
            return new NotificationCheck.Verified(signed.nonce(), new ChannelNotification(paymentId,
                    order.path("transaction_id").asString(null), order.path("total_fee").asLong(),
                    ChannelTimes.tradeState(order.path("trade_state").asString("")),
                    ChannelTimes.parse(order.path("time_end").asString(null))));
        } catch (RuntimeException e) {
            return new NotificationCheck.Rejected(NotificationVerdict.MALFORMED, e.getMessage());
        }
    }

    private static JsonNode call(java.util.function.Supplier<JsonNode> call) {
        try {
            return call.get();
        } catch (ChannelCallException e) {
            throw WeChatPayChannel.translate(e);
        }
    }
}
