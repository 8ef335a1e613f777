package cloud.marketplace.sandbox.wechatpay;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The sandbox's WeChat Pay identity and the merchant it serves. The defaults are local mode's
 * dev-only keys (next to this class), matching merchant-service's defaults: the platform private
 * key whose public half merchant-service trusts, and merchant-service's public key.
 */
@ConfigurationProperties("sandbox.wechatpay")
record WechatPayProperties(
        @DefaultValue("1900000109") String merchantId,
        @DefaultValue("5157F09EFDC096DE15EBE81A47057A7232F1B8E1") String merchantSerialNo,
        @DefaultValue("classpath:cloud/marketplace/sandbox/wechatpay/merchant-public.pem") String merchantPublicKey,
        @DefaultValue("PUB_KEY_ID_0119000001092025010100000000000000") String platformKeyId,
        @DefaultValue("classpath:cloud/marketplace/sandbox/wechatpay/platform-private.pem") String platformPrivateKey) {
}
