package cloud.marketplace.billing.client.channels;

import cloud.marketplace.billing.client.channels.ChannelHttp.ChannelCallException;
import cloud.marketplace.billing.withdrawal.PayoutChannel;
import cloud.marketplace.contracts.events.MerchantChannel;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Payouts to a WeChat Pay merchant: the sub-merchant withdrawal of 电商收付通
 * ({@code /v3/ecommerce/fund/withdraw}), with the withdrawal id as {@code out_request_no}.
 */
@Component
class WeChatPayPayouts implements PayoutChannel {

    private final WeChatPayHttp wechat;

    WeChatPayPayouts(WeChatPayHttp wechat) {
        this.wechat = wechat;
    }

    @Override
    public MerchantChannel channel() {
        return MerchantChannel.WECHAT_PAY;
    }

    @Override
    public PayoutResult payout(PayoutOrder order) {
        try {
            return result(wechat.post("/v3/ecommerce/fund/withdraw", Map.of(
                    "sub_mchid", order.account().merchantId(),
                    "out_request_no", order.withdrawalId(),
                    "amount", order.amountFen(),
                    "remark", "云市场收益提现")));
        } catch (ChannelCallException e) {
            if (e.unavailable()) {
                throw new PayoutUnavailableException(e.getMessage(), e);
            }
            return new PayoutResult(PayoutState.FAILED, null, e.getMessage());
        }
    }

    @Override
    public PayoutResult query(String withdrawalId, SettlementAccountRef account) {
        try {
            return result(wechat.get("/v3/ecommerce/fund/withdraw/out-request-no/" + withdrawalId + "?sub_mchid="
                    + account.merchantId()));
        } catch (ChannelCallException e) {
            if (e.status() == 404) {
                return new PayoutResult(PayoutState.FAILED, null, "WeChat Pay has no such withdrawal");
            }
            throw new PayoutUnavailableException(e.getMessage(), e);
        }
    }

    private static PayoutResult result(JsonNode answer) {
        String reference = answer.path("withdraw_id").asString(null);
        return switch (answer.path("status").asString("")) {
            case "SUCCESS" -> new PayoutResult(PayoutState.SUCCEEDED, reference, null);
            case "FAIL", "REFUND", "CLOSE" -> new PayoutResult(PayoutState.FAILED, reference,
                    answer.path("reason").asString("refused by WeChat Pay"));
            default -> new PayoutResult(PayoutState.PROCESSING, reference, null);
        };
    }
}
