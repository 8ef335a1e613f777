package cloud.marketplace.sandbox.wechatpay;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WechatPayProperties.class)
class WechatPayConfiguration {

    @Bean
    WechatPayKeys wechatPayKeys(WechatPayProperties properties) {
        return new WechatPayKeys(V3Crypto.publicKey(properties.merchantPublicKey()), V3Crypto.privateKey(properties.platformPrivateKey()));
    }

    @Bean
    FilterRegistrationBean<SignedApiFilter> wechatPaySignatures(WechatPayProperties properties, WechatPayKeys keys, Clock clock) {
        SignedApiFilter filter = new SignedApiFilter(new SignedApiFilter.Scheme("/v3/", "WECHATPAY2-SHA256-RSA2048", "Wechatpay-",
                properties.merchantId(), properties.merchantSerialNo(), keys.merchant(), keys.platform(), properties.platformKeyId()),
                clock);
        FilterRegistrationBean<SignedApiFilter> registration = new FilterRegistrationBean<>(filter);
        // the merchant-application (进件) APIs; the payment endpoints of the deposit channel have their own contract
        registration.addUrlPatterns("/v3/merchant/media/*", "/v3/ecommerce/applyments/*");
        return registration;
    }
}
