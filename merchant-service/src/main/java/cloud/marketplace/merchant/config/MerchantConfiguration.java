package cloud.marketplace.merchant.config;

import cloud.marketplace.platform.sensitive.FieldCipher;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MerchantConfiguration {

    @Bean
    FieldCipher fieldCipher(@Value("${merchant.field-key}") String key) {
        return new FieldCipher(key);
    }
}
