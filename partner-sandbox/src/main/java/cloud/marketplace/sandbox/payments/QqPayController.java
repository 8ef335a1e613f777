package cloud.marketplace.sandbox.payments;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** QQ Pay (QQ钱包) Native payments as billing-service's PAYMENT-CHANNELS.md describes them. */
@RestController
class QqPayController {

    private final ChannelPayments payments;

    QqPayController(ChannelPayments payments) {
        this.payments = payments;
    }

    @PostMapping("/qqpay/v1/orders")
    ResponseEntity<Map<String, Object>> order(@RequestBody JsonNode request) {
        String outTradeNo = request.path("out_trade_no").asString("");
        long total = request.path("total_fee").asLong(-1);
        String notifyUrl = request.path("notify_url").asString("");
        if (outTradeNo.isBlank() || total <= 0 || notifyUrl.isBlank()) {
            return ChannelErrors.qqPay(HttpStatus.BAD_REQUEST, "PARAM_ERROR", "out_trade_no, total_fee and notify_url are required");
        }
        ChannelPayment payment = payments.create(Channel.QQ_PAY, outTradeNo, request.path("mch_id").asString(""), total,
                request.path("body").asString(""), notifyUrl, ChannelTimes.parse(request.path("time_expire").asString(null)));
        if (payment.amountFen() != total) {
            return ChannelErrors.qqPay(HttpStatus.BAD_REQUEST, "OUT_TRADE_NO_USED", "out_trade_no was used with another amount");
        }
        return ResponseEntity.ok(Map.of("return_code", "SUCCESS", "code_url", "https://qpay.qq.com/qr/" + outTradeNo));
    }

    @GetMapping("/qqpay/v1/orders/{outTradeNo}")
    ResponseEntity<Map<String, Object>> query(@PathVariable String outTradeNo) {
        return payments.find(Channel.QQ_PAY, outTradeNo)
                .<ResponseEntity<Map<String, Object>>>map(payment -> {
                    Map<String, Object> answer = new LinkedHashMap<>();
                    answer.put("mch_id", payment.merchantId());
                    answer.put("out_trade_no", payment.outTradeNo());
                    answer.put("transaction_id", payment.transactionId());
                    answer.put("trade_state", payment.state());
                    answer.put("total_fee", payment.amountFen());
                    answer.put("time_end", ChannelTimes.format(payment.paidAt()));
                    return ResponseEntity.ok(answer);
                })
                .orElseGet(() -> ChannelErrors.qqPay(HttpStatus.NOT_FOUND, "ORDERNOTEXIST", "no such order"));
    }

    @PostMapping("/qqpay/v1/orders/{outTradeNo}/close")
    ResponseEntity<Map<String, Object>> close(@PathVariable String outTradeNo) {
        var payment = payments.find(Channel.QQ_PAY, outTradeNo);
        if (payment.isEmpty()) {
            return ChannelErrors.qqPay(HttpStatus.NOT_FOUND, "ORDERNOTEXIST", "no such order");
        }
        if (ChannelPayment.PAID.equals(payment.get().state())) {
            return ChannelErrors.qqPay(HttpStatus.BAD_REQUEST, "ORDERPAID", "the order is paid");
        }
        payments.close(outTradeNo);
        return ResponseEntity.ok(Map.of("return_code", "SUCCESS"));
    }
}
