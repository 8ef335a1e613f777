package cloud.marketplace.sandbox.tenpay;

import cloud.marketplace.sandbox.wechatpay.SignedApiFilter;
import cloud.marketplace.sandbox.wechatpay.V3Crypto;
import java.security.PrivateKey;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TenpayProperties.class)
class TenpayConfiguration {

    /** The platform key decrypts the sensitive fields merchant-service encrypted for Tenpay. */
    @Bean
    TenpayKey tenpayKey(TenpayProperties properties) {
        return new TenpayKey(V3Crypto.privateKey(properties.platformPrivateKey()));
    }

    @Bean
    FilterRegistrationBean<SignedApiFilter> tenpaySignatures(TenpayProperties properties, TenpayKey key, Clock clock) {
        SignedApiFilter filter = new SignedApiFilter(new SignedApiFilter.Scheme("/tenpay/", "TENPAY2-SHA256-RSA2048", "Tenpay-",
                properties.merchantId(), properties.merchantSerialNo(), V3Crypto.publicKey(properties.merchantPublicKey()),
                key.platform(), properties.platformKeyId()), clock);
        FilterRegistrationBean<SignedApiFilter> registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns("/tenpay/*");
        return registration;
    }

    record TenpayKey(PrivateKey platform) {
    }
}
