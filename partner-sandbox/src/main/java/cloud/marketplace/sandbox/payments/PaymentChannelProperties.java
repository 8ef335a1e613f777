package cloud.marketplace.sandbox.payments;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The merchant keys QQ Pay and the bank gateway sign notifications with, and where the payer is
 * sent for online banking. The defaults are the development keys billing-service trusts locally;
 * nothing here is a real key. (WeChat Pay signs with the sandbox's WeChat Pay platform key,
 * {@code sandbox.wechatpay.*}.)
 */
@ConfigurationProperties("sandbox.payments")
record PaymentChannelProperties(
        @DefaultValue("http://localhost:8090") String publicBaseUrl,
        @DefaultValue("local-sandbox-qq-pay-key-change-me-0123456789") String qqPayKey,
        @DefaultValue("local-sandbox-bank-gateway-key-change-me-01234") String bankGatewayKey) {
}
