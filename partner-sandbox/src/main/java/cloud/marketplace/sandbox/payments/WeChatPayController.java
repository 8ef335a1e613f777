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

/**
 * WeChat Pay as billing-service's PAYMENT-CHANNELS.md describes it: API v3 Native payments
 * (the payer scans {@code code_url}) and the 电商收付通 sub-merchant withdrawal.
 */
@RestController
class WeChatPayController {

    private final ChannelPayments payments;

    WeChatPayController(ChannelPayments payments) {
        this.payments = payments;
    }

    @PostMapping("/v3/pay/transactions/native")
    ResponseEntity<Map<String, Object>> nativePayment(@RequestBody JsonNode request) {
        String outTradeNo = request.path("out_trade_no").asString("");
        long total = request.path("amount").path("total").asLong(-1);
        String notifyUrl = request.path("notify_url").asString("");
        if (outTradeNo.isBlank() || total <= 0 || notifyUrl.isBlank()) {
            return ChannelErrors.wechat(HttpStatus.BAD_REQUEST, "PARAM_ERROR", "out_trade_no, amount.total and notify_url are required");
        }
        ChannelPayment payment = payments.create(Channel.WECHAT_PAY, outTradeNo, request.path("mchid").asString(""), total,
                request.path("description").asString(""), notifyUrl, ChannelTimes.parse(request.path("time_expire").asString(null)));
        if (payment.amountFen() != total) {
            return ChannelErrors.wechat(HttpStatus.BAD_REQUEST, "INVALID_REQUEST", "out_trade_no was used with another amount");
        }
        return ResponseEntity.ok(Map.of("code_url", "weixin://wxpay/bizpayurl?pr=" + outTradeNo.substring(0, Math.min(12, outTradeNo.length()))));
    }

    @GetMapping("/v3/pay/transactions/out-trade-no/{outTradeNo}")
    ResponseEntity<Map<String, Object>> query(@PathVariable String outTradeNo) {
        return payments.find(Channel.WECHAT_PAY, outTradeNo)
                .<ResponseEntity<Map<String, Object>>>map(payment -> {
                    Map<String, Object> answer = new LinkedHashMap<>();
                    answer.put("mchid", payment.merchantId());
                    answer.put("out_trade_no", payment.outTradeNo());
                    answer.put("transaction_id", payment.transactionId());
                    answer.put("trade_state", payment.state());
                    answer.put("amount", Map.of("total", payment.amountFen(), "currency", "CNY"));
                    answer.put("success_time", ChannelTimes.format(payment.paidAt()));
                    return ResponseEntity.ok(answer);
                })
                .orElseGet(() -> ChannelErrors.wechat(HttpStatus.NOT_FOUND, "ORDER_NOT_EXIST", "no such order"));
    }

    @PostMapping("/v3/pay/transactions/out-trade-no/{outTradeNo}/close")
    ResponseEntity<Map<String, Object>> close(@PathVariable String outTradeNo) {
        var payment = payments.find(Channel.WECHAT_PAY, outTradeNo);
        if (payment.isEmpty()) {
            return ChannelErrors.wechat(HttpStatus.NOT_FOUND, "ORDER_NOT_EXIST", "no such order");
        }
        if (ChannelPayment.PAID.equals(payment.get().state())) {
            return ChannelErrors.wechat(HttpStatus.BAD_REQUEST, "ORDERPAID", "the order is paid");
        }
        payments.close(outTradeNo);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/v3/ecommerce/fund/withdraw")
    ResponseEntity<Map<String, Object>> withdraw(@RequestBody JsonNode request) {
        String requestNo = request.path("out_request_no").asString("");
        long amount = request.path("amount").asLong(-1);
        if (requestNo.isBlank() || amount <= 0) {
            return ChannelErrors.wechat(HttpStatus.BAD_REQUEST, "PARAM_ERROR", "out_request_no and amount are required");
        }
        return ResponseEntity.ok(withdrawal(payments.payout(Channel.WECHAT_PAY, requestNo, request.path("sub_mchid").asString(""),
                amount, null)));
    }

    @GetMapping("/v3/ecommerce/fund/withdraw/out-request-no/{requestNo}")
    ResponseEntity<Map<String, Object>> withdrawal(@PathVariable String requestNo) {
        return payments.findPayout(requestNo).filter(payout -> payout.channel() == Channel.WECHAT_PAY)
                .map(payout -> ResponseEntity.ok(withdrawal(payout)))
                .orElseGet(() -> ChannelErrors.wechat(HttpStatus.NOT_FOUND, "ORDER_NOT_EXIST", "no such withdrawal"));
    }

    private static Map<String, Object> withdrawal(Payout payout) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("sub_mchid", payout.merchantId());
        answer.put("withdraw_id", payout.reference());
        answer.put("out_request_no", payout.requestNo());
        answer.put("amount", payout.amountFen());
        answer.put("status", switch (payout.status()) {
            case "SUCCESS" -> "SUCCESS";
            case "FAILED" -> "FAIL";
            default -> "CREATE_SUCCESS";
        });
        if (payout.failure() != null) {
            answer.put("reason", payout.failure());
        }
        return answer;
    }
}
