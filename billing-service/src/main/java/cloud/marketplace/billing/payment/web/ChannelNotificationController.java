package cloud.marketplace.billing.payment.web;

import cloud.marketplace.billing.payment.DepositPayments;
import cloud.marketplace.billing.payment.NotificationVerdict;
import cloud.marketplace.billing.payment.PaymentMethod;
import cloud.marketplace.billing.payment.SignedNotification;
import cloud.marketplace.platform.web.ProblemException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.HashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Payment channels' notifications (no token: each is signed by its channel). Answered the way
 * each channel expects: 200 when received (a duplicate too), 401 when the signature, timestamp
 * or nonce does not hold, 400 when it is not about a payment of ours for that amount.
 */
@RestController
@Tag(name = "Payment channel notifications", description = "Signed by the channel; see PAYMENT-CHANNELS.md")
class ChannelNotificationController {

    private final DepositPayments payments;

    ChannelNotificationController(DepositPayments payments) {
        this.payments = payments;
    }

    @PostMapping("/api/billing/notifications/{channel}")
    @Operation(summary = "A channel's signed notification (wechat-pay | qq-pay | online-banking)")
    ResponseEntity<Map<String, String>> notification(@PathVariable String channel, @RequestHeader HttpHeaders headers,
                                                     @RequestBody(required = false) byte[] body) {
        PaymentMethod method = PaymentMethod.ofPath(channel)
                .orElseThrow(() -> ProblemException.notFound("No payment channel '" + channel + "'."));
        Map<String, String> flat = new HashMap<>();
        headers.forEach((name, values) -> flat.put(name, values.isEmpty() ? "" : values.getFirst()));
        NotificationVerdict verdict = payments.receive(method, new SignedNotification(flat, body));
        int status = verdict.acknowledged() ? 200 : verdict.unauthenticated() ? 401 : 400;
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(answer(method, verdict));
    }

    private static Map<String, String> answer(PaymentMethod method, NotificationVerdict verdict) {
        boolean ok = verdict.acknowledged();
        String reason = verdict.name();
        return switch (method) {
            case WECHAT_PAY -> ok ? Map.of("code", "SUCCESS", "message", "成功") : Map.of("code", "FAIL", "message", reason);
            case QQ_PAY -> ok ? Map.of("return_code", "SUCCESS") : Map.of("return_code", "FAIL", "return_msg", reason);
            case ONLINE_BANKING -> ok ? Map.of("result", "RECEIVED") : Map.of("result", "REJECTED", "reason", reason);
        };
    }
}
