package cloud.marketplace.billing.client.channels;

import cloud.marketplace.billing.client.channels.ChannelHttp.ChannelCallException;
import cloud.marketplace.billing.payment.ChannelNotification;
import cloud.marketplace.billing.payment.NotificationCheck;
import cloud.marketplace.billing.payment.NotificationVerdict;
import cloud.marketplace.billing.payment.PaymentChannel;
import cloud.marketplace.billing.payment.PaymentMethod;
import cloud.marketplace.billing.payment.SignedNotification;
import java.security.PublicKey;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * WeChat Pay, Native payment (the payer scans {@code code_url}): API v3 paths and fields, signed
 * requests and verified answers ({@link WeChatPayHttp}). Notifications are signed SHA256withRSA by
 * the WeChat Pay platform key over {@code timestamp\nnonce\nbody\n}, with the {@code Wechatpay-*} headers.
 */
@Component
class WeChatPayChannel implements PaymentChannel {

    static final NotificationSignatures.Headers HEADERS =
            new NotificationSignatures.Headers("Wechatpay-Timestamp", "Wechatpay-Nonce", "Wechatpay-Signature");
    static final String SERIAL_HEADER = "Wechatpay-Serial";

    private final WeChatPayHttp wechat;
    private final ChannelHttp http;
    private final ChannelProperties properties;
    private final ChannelProperties.WeChatPay config;
    private final PublicKey platformKey;
    private final Clock clock;

    WeChatPayChannel(WeChatPayHttp wechat, ChannelHttp http, ChannelProperties properties, Clock clock) {
        this.wechat = wechat;
        this.http = http;
        this.properties = properties;
        this.config = properties.wechatPay();
        this.platformKey = wechat.platformKey();
        this.clock = clock;
    }

    @Override
    public PaymentMethod method() {
        return PaymentMethod.WECHAT_PAY;
    }

    @Override
    public String create(ChannelOrder order) {
        JsonNode answer = call(() -> wechat.post("/v3/pay/transactions/native", Map.of(
                "appid", config.appId(),
                "mchid", config.merchantId(),
                "description", order.description(),
                "out_trade_no", order.paymentId(),
                "time_expire", ChannelTimes.rfc3339(order.expiresAt()),
                "notify_url", properties.notifyUrl(PaymentMethod.WECHAT_PAY.path()),
                "amount", Map.of("total", order.amountFen(), "currency", "CNY"))));
        String codeUrl = answer.path("code_url").asString("");
        if (codeUrl.isBlank()) {
            throw new ChannelException("WeChat Pay answered without code_url", true, null);
        }
        return codeUrl;
    }

    @Override
    public ChannelPaymentState query(String paymentId) {
        try {
            JsonNode transaction = wechat.get("/v3/pay/transactions/out-trade-no/" + paymentId + "?mchid=" + config.merchantId());
            return new ChannelPaymentState(ChannelTimes.tradeState(transaction.path("trade_state").asString("")),
                    transaction.path("amount").path("total").asLong(), transaction.path("transaction_id").asString(null),
                    ChannelTimes.parse(transaction.path("success_time").asString(null)));
        } catch (ChannelCallException e) {
            if (e.status() == 404) {
                return new ChannelPaymentState(ChannelOutcome.CLOSED, 0, null, null);
            }
            throw translate(e);
        } catch (IllegalArgumentException e) {
            throw new ChannelException("WeChat Pay answered an unknown state: " + e.getMessage(), true, e);
        }
    }

    @Override
    public void close(String paymentId) {
        call(() -> wechat.post("/v3/pay/transactions/out-trade-no/" + paymentId + "/close", Map.of("mchid", config.merchantId())));
    }

    @Override
    public NotificationCheck verify(SignedNotification notification) {
        boolean knownKey = config.platformSerial().equals(notification.header(SERIAL_HEADER));
        NotificationSignatures.Envelope envelope = NotificationSignatures.envelope(notification, HEADERS,
                (message, signature) -> !knownKey ? Optional.of("unknown platform key serial")
                        : NotificationSignatures.rsaValid(platformKey, message, signature)
                        ? Optional.empty() : Optional.of("signature does not verify"),
                clock, properties.timestampTolerance());
        if (envelope.rejected() != null) {
            return envelope.rejected();
        }
        NotificationSignatures.Signed signed = envelope.signed();
        try {
            JsonNode resource = http.read(notification.body()).path("resource");
            String paymentId = resource.path("out_trade_no").asString("");
            if (paymentId.isBlank() || !resource.path("amount").path("total").isIntegralNumber()) {
                return new NotificationCheck.Rejected(NotificationVerdict.MALFORMED, "no out_trade_no or amount.total");
            }
            return new NotificationCheck.Verified(signed.nonce(), new ChannelNotification(paymentId,
                    resource.path("transaction_id").asString(null), resource.path("amount").path("total").asLong(),
                    ChannelTimes.tradeState(resource.path("trade_state").asString("")),
                    ChannelTimes.parse(resource.path("success_time").asString(null))));
        } catch (RuntimeException e) {
            return new NotificationCheck.Rejected(NotificationVerdict.MALFORMED, e.getMessage());
        }
    }

    private static JsonNode call(java.util.function.Supplier<JsonNode> call) {
        try {
            return call.get();
        } catch (ChannelCallException e) {
            throw translate(e);
        }
    }

    static ChannelException translate(ChannelCallException e) {
        return new ChannelException(e.getMessage(), e.unavailable(), e);
    }
}
