package cloud.marketplace.sandbox.payments;

import cloud.marketplace.sandbox.wechatpay.SignedApiFilter;
import cloud.marketplace.sandbox.wechatpay.V3Crypto;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * WeChat Pay's payment APIs (Native payments, sub-merchant withdrawals) under the same API v3
 * scheme as its merchant-application APIs: a request must carry the merchant's signature, every
 * answer is signed with the platform key — the keys of {@code sandbox.wechatpay.*}.
 */
@Configuration(proxyBeanMethods = false)
class WeChatPaySignatures {

    @Bean
    FilterRegistrationBean<SignedApiFilter> wechatPayPaymentSignatures(
            @Value("${sandbox.wechatpay.merchant-id:1900000109}") String merchantId,
            @Value("${sandbox.wechatpay.merchant-serial-no:5157F09EFDC096DE15EBE81A47057A7232F1B8E1}") String merchantSerialNo,
            @Value("${sandbox.wechatpay.merchant-public-key:classpath:cloud/marketplace/sandbox/wechatpay/merchant-public.pem}")
            String merchantPublicKey,
            @Value("${sandbox.wechatpay.platform-private-key:classpath:cloud/marketplace/sandbox/wechatpay/platform-private.pem}")
            String platformPrivateKey,
            @Value("${sandbox.wechatpay.platform-key-id:PUB_KEY_ID_0119000001092025010100000000000000}") String platformKeyId,
            Clock clock) {
        SignedApiFilter filter = new SignedApiFilter(new SignedApiFilter.Scheme("/v3/", "WECHATPAY2-SHA256-RSA2048", "Wechatpay-",
                merchantId, merchantSerialNo, V3Crypto.publicKey(merchantPublicKey), V3Crypto.privateKey(platformPrivateKey),
                platformKeyId), clock);
        FilterRegistrationBean<SignedApiFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setName("wechatPayPaymentSignatures");
        registration.addUrlPatterns("/v3/pay/*", "/v3/ecommerce/fund/*");
        return registration;
    }
}
