package cloud.marketplace.sandbox.payments;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;

/**
 * The bank payment gateway (网银): payments the payer completes at its bank (a checkout page
 * here), and payouts to corporate accounts, as billing-service's PAYMENT-CHANNELS.md describes.
 */
@RestController
class BankGatewayController {

    private final ChannelPayments payments;
    private final PaymentChannelProperties properties;

    BankGatewayController(ChannelPayments payments, PaymentChannelProperties properties) {
        this.payments = payments;
        this.properties = properties;
    }

    @PostMapping("/bank-gateway/v1/payments")
    ResponseEntity<Map<String, Object>> payment(@RequestBody JsonNode request) {
        String orderNo = request.path("orderNo").asString("");
        long amount = request.path("amountFen").asLong(-1);
        String notifyUrl = request.path("notifyUrl").asString("");
        if (orderNo.isBlank() || amount <= 0 || notifyUrl.isBlank()) {
            return ChannelErrors.bank(HttpStatus.BAD_REQUEST, "INVALID_REQUEST", "orderNo, amountFen and notifyUrl are required");
        }
        ChannelPayment payment = payments.create(Channel.ONLINE_BANKING, orderNo, request.path("merchantId").asString(""),
                amount, request.path("subject").asString(""), notifyUrl, ChannelTimes.parse(request.path("expiresAt").asString(null)));
        if (payment.amountFen() != amount) {
            return ChannelErrors.bank(HttpStatus.BAD_REQUEST, "ORDER_NO_USED", "orderNo was used with another amount");
        }
        return ResponseEntity.ok(Map.of("orderNo", orderNo,
                "redirectUrl", properties.publicBaseUrl().replaceAll("/+$", "") + "/bank-gateway/v1/checkout/" + orderNo));
    }

    @GetMapping("/bank-gateway/v1/payments/{orderNo}")
    ResponseEntity<Map<String, Object>> query(@PathVariable String orderNo) {
        return payments.find(Channel.ONLINE_BANKING, orderNo)
                .<ResponseEntity<Map<String, Object>>>map(payment -> ResponseEntity.ok(state(payment)))
                .orElseGet(() -> ChannelErrors.bank(HttpStatus.NOT_FOUND, "ORDER_NOT_FOUND", "no such payment"));
    }

    @PostMapping("/bank-gateway/v1/payments/{orderNo}/close")
    ResponseEntity<Map<String, Object>> close(@PathVariable String orderNo) {
        var payment = payments.find(Channel.ONLINE_BANKING, orderNo);
        if (payment.isEmpty()) {
            return ChannelErrors.bank(HttpStatus.NOT_FOUND, "ORDER_NOT_FOUND", "no such payment");
        }
        if (ChannelPayment.PAID.equals(payment.get().state())) {
            return ChannelErrors.bank(HttpStatus.CONFLICT, "ALREADY_PAID", "the payment is paid");
        }
        return ResponseEntity.ok(state(payments.close(orderNo).orElseThrow()));
    }

    /** The bank's checkout page the payer is redirected to: one button pays. */
    @GetMapping(value = "/bank-gateway/v1/checkout/{orderNo}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> checkout(@PathVariable String orderNo) {
        return payments.find(Channel.ONLINE_BANKING, orderNo).map(payment -> ResponseEntity.ok("""
                        <!doctype html><html><head><meta charset="utf-8"><title>网银支付 (sandbox)</title></head><body>
                        <h1>网银支付 — sandbox bank</h1><p>%s</p><p>Amount: %d fen. Status: %s.</p>
                        <form method="post" action="/bank-gateway/v1/checkout/%s/pay"><button>Pay</button></form>
                        </body></html>""".formatted(HtmlUtils.htmlEscape(payment.description()), payment.amountFen(),
                        payment.bankStatus(), HtmlUtils.htmlEscape(orderNo))))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body("no such payment"));
    }

    @PostMapping(value = "/bank-gateway/v1/checkout/{orderNo}/pay", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> payAtCheckout(@PathVariable String orderNo) {
        return payments.find(Channel.ONLINE_BANKING, orderNo)
                .flatMap(payment -> payments.pay(orderNo))
                .map(payment -> ResponseEntity.ok("<!doctype html><p>Payment " + HtmlUtils.htmlEscape(orderNo) + ": "
                        + payment.bankStatus() + "</p>"))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body("no such payment"));
    }

    @PostMapping("/bank-gateway/v1/payouts")
    ResponseEntity<Map<String, Object>> payout(@RequestBody JsonNode request) {
        String payoutNo = request.path("payoutNo").asString("");
        long amount = request.path("amountFen").asLong(-1);
        String accountNumber = request.path("accountNumber").asString("");
        if (payoutNo.isBlank() || amount <= 0 || accountNumber.isBlank()) {
            return ChannelErrors.bank(HttpStatus.BAD_REQUEST, "INVALID_REQUEST", "payoutNo, amountFen and accountNumber are required");
        }
        return ResponseEntity.ok(payout(payments.payout(Channel.ONLINE_BANKING, payoutNo,
                request.path("merchantId").asString(""), amount, accountNumber)));
    }

    @GetMapping("/bank-gateway/v1/payouts/{payoutNo}")
    ResponseEntity<Map<String, Object>> payoutState(@PathVariable String payoutNo) {
        return payments.findPayout(payoutNo).filter(payout -> payout.channel() == Channel.ONLINE_BANKING)
                .map(payout -> ResponseEntity.ok(payout(payout)))
                .orElseGet(() -> ChannelErrors.bank(HttpStatus.NOT_FOUND, "PAYOUT_NOT_FOUND", "no such payout"));
    }

    private static Map<String, Object> state(ChannelPayment payment) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("merchantId", payment.merchantId());
        answer.put("orderNo", payment.outTradeNo());
        answer.put("bankSerialNo", payment.transactionId());
        answer.put("status", payment.bankStatus());
        answer.put("amountFen", payment.amountFen());
        answer.put("paidAt", ChannelTimes.format(payment.paidAt()));
        return answer;
    }

    private static Map<String, Object> payout(Payout payout) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("payoutNo", payout.requestNo());
        answer.put("status", payout.status());
        answer.put("bankSerialNo", payout.reference());
        answer.put("amountFen", payout.amountFen());
        if (payout.failure() != null) {
            answer.put("failureReason", payout.failure());
        }
        return answer;
    }
}
