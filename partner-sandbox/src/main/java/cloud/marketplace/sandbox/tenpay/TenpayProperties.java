package cloud.marketplace.sandbox.tenpay;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The sandbox Tenpay's key and the merchant it serves; defaults are local mode's dev-only keys, matching merchant-service. */
@ConfigurationProperties("sandbox.tenpay")
record TenpayProperties(
        @DefaultValue("1900000109") String merchantId,
        @DefaultValue("5157F09EFDC096DE15EBE81A47057A7232F1B8E1") String merchantSerialNo,
        @DefaultValue("classpath:cloud/marketplace/sandbox/tenpay/merchant-public.pem") String merchantPublicKey,
        @DefaultValue("TENPAY_PUB_KEY_ID_LOCAL_0001") String platformKeyId,
        @DefaultValue("classpath:cloud/marketplace/sandbox/tenpay/platform-private.pem") String platformPrivateKey) {
}
