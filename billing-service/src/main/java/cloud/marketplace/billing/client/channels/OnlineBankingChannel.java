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
 * Online banking (网银) through a bank payment gateway: the payer is redirected to its bank.
 * Notifications are signed HMAC-SHA256 with the merchant key over {@code timestamp\nnonce\nbody\n}
 * ({@code X-Gateway-*} headers).
 */
@Component
class OnlineBankingChannel implements PaymentChannel {

    static final NotificationSignatures.Headers HEADERS =
            new NotificationSignatures.Headers("X-Gateway-Timestamp", "X-Gateway-Nonce", "X-Gateway-Signature");

    private final ChannelHttp http;
    private final ChannelProperties properties;
    private final ChannelProperties.SharedKeyChannel config;
    private final Clock clock;

    OnlineBankingChannel(ChannelHttp http, ChannelProperties properties, Clock clock) {
        this.http = http;
        this.properties = properties;
        this.config = properties.onlineBanking();
        this.clock = clock;
    }

    @Override
    public PaymentMethod method() {
        return PaymentMethod.ONLINE_BANKING;
    }

    @Override
    public String create(ChannelOrder order) {
        JsonNode answer = call(() -> http.post(properties.onlineBankingBaseUrl(), "/bank-gateway/v1/payments", Map.of(
                "merchantId", config.merchantId(),
                "orderNo", order.paymentId(),
                "amountFen", order.amountFen(),
                "subject", order.description(),
                "expiresAt", ChannelTimes.rfc3339(order.expiresAt()),
                "notifyUrl", properties.notifyUrl(PaymentMethod.ONLINE_BANKING.path()))));
        String redirect = answer.path("redirectUrl").asString("");
        if (redirect.isBlank()) {
            throw new ChannelException("the bank gateway answered without redirectUrl", true, null);
        }
        return redirect;
    }

    @Override
    public ChannelPaymentState query(String paymentId) {
        try {
            JsonNode payment = http.get(properties.onlineBankingBaseUrl(), "/bank-gateway/v1/payments/" + paymentId + "?merchantId=" + config.merchantId());
            return new ChannelPaymentState(outcome(payment.path("status").asString("")), payment.path("amountFen").asLong(),
                    payment.path("bankSerialNo").asString(null), ChannelTimes.parse(payment.path("paidAt").asString(null)));
        } catch (ChannelCallException e) {
            if (e.status() == 404) {
                return new ChannelPaymentState(ChannelOutcome.CLOSED, 0, null, null);
            }
            throw WeChatPayChannel.translate(e);
        } catch (IllegalArgumentException e) {
            throw new ChannelException("the bank gateway answered an unknown status: " + e.getMessage(), true, e);
        }
    }

    @Override
    public void close(String paymentId) {
        call(() -> http.post(properties.onlineBankingBaseUrl(), "/bank-gateway/v1/payments/" + paymentId + "/close", Map.of("merchantId", config.merchantId())));
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
            JsonNode payment = http.read(notification.body());
            String paymentId = payment.path("orderNo").asString("");
            if (paymentId.isBlank() || !payment.path("amountFen").isIntegralNumber()) {
                return new NotificationCheck.Rejected(NotificationVerdict.MALFORMED, "no orderNo or amountFen");
            }
            return new NotificationCheck.Verified(signed.nonce(), new ChannelNotification(paymentId,
                    payment.path("bankSerialNo").asString(null), payment.path("amountFen").asLong(),
                    outcome(payment.path("status").asString("")), ChannelTimes.parse(payment.path("paidAt").asString(null))));
        } catch (RuntimeException e) {
            return new NotificationCheck.Rejected(NotificationVerdict.MALFORMED, e.getMessage());
        }
    }

    private static ChannelOutcome outcome(String status) {
        return switch (status) {
            case "PAID" -> ChannelOutcome.PAID;
            case "PENDING" -> ChannelOutcome.NOT_PAID;
            case "CLOSED" -> ChannelOutcome.CLOSED;
            case "FAILED" -> ChannelOutcome.FAILED;
            default -> throw new IllegalArgumentException("unknown status " + status);
        };
    }

    private static JsonNode call(java.util.function.Supplier<JsonNode> call) {
        try {
            return call.get();
        } catch (ChannelCallException e) {
            throw WeChatPayChannel.translate(e);
        }
    }
}
