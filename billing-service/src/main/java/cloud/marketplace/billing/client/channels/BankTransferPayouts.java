package cloud.marketplace.billing.client.channels;

import cloud.marketplace.billing.client.channels.ChannelHttp.ChannelCallException;
import cloud.marketplace.billing.withdrawal.PayoutChannel;
import cloud.marketplace.contracts.events.MerchantChannel;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Payouts to a Tenpay (商企付) merchant's corporate bank account, through the bank gateway,
 * with the withdrawal id as {@code payoutNo}.
 */
@Component
class BankTransferPayouts implements PayoutChannel {

    private final ChannelHttp http;
    private final ChannelProperties properties;
    private final ChannelProperties.SharedKeyChannel config;

    BankTransferPayouts(ChannelHttp http, ChannelProperties properties) {
        this.http = http;
        this.properties = properties;
        this.config = properties.onlineBanking();
    }

    @Override
    public MerchantChannel channel() {
        return MerchantChannel.TENPAY;
    }

    @Override
    public PayoutResult payout(PayoutOrder order) {
        try {
            return result(http.post(properties.onlineBankingBaseUrl(), "/bank-gateway/v1/payouts", Map.of(
                    "merchantId", config.merchantId(),
                    "payoutNo", order.withdrawalId(),
                    "amountFen", order.amountFen(),
                    "bankName", nullToEmpty(order.account().bankName()),
                    "accountName", nullToEmpty(order.account().accountName()),
                    "accountNumber", nullToEmpty(order.account().accountNumber()),
                    "memo", "云市场收益提现")));
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
            return result(http.get(properties.onlineBankingBaseUrl(), "/bank-gateway/v1/payouts/" + withdrawalId + "?merchantId=" + config.merchantId()));
        } catch (ChannelCallException e) {
            if (e.status() == 404) {
                return new PayoutResult(PayoutState.FAILED, null, "the bank gateway has no such payout");
            }
            throw new PayoutUnavailableException(e.getMessage(), e);
        }
    }

    private static PayoutResult result(JsonNode answer) {
        String reference = answer.path("bankSerialNo").asString(null);
        return switch (answer.path("status").asString("")) {
            case "SUCCESS" -> new PayoutResult(PayoutState.SUCCEEDED, reference, null);
            case "FAILED" -> new PayoutResult(PayoutState.FAILED, reference,
                    answer.path("failureReason").asString("refused by the bank"));
            default -> new PayoutResult(PayoutState.PROCESSING, reference, null);
        };
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
