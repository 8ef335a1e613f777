package cloud.marketplace.sandbox.payments;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.marketplace.sandbox.wechatpay.V3Crypto;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** Local mode works only if the sandbox signs with the private halves of the keys billing-service trusts by default. */
class DevelopmentKeysTest {

    /** billing-service's {@code dev-keys/wechatpay-platform-public.pem} (the same as merchant-service's). */
    private static final String BILLING_WECHAT_PLATFORM_PUBLIC_KEY = "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA2xzSb1bNsmGQlYt8RQAN\n4GcGwRqylsD5LzTs9TCeQyNzYaNxrTW2EhBmsdNxgUCnVgklXUYTZM7eKQKi94A9\nPccRPW6DYHnpEZQst021z11c+iZJ9VBqLB2cjzEfgCyYv2AuvzsBrwlKD4JNX1Yy\nHsBO+dH4PDL+qeaW1xWrJ1ZUzKu9t73FIIMcnEVbQWOsb09JBoyB6UW6EPXG2muc\nbEYNe5hePEL9HT6l/2m+oAV5BSLYAV4otJ6w8j1M/E6px+lT5jDOQLKC09HtOxpg\nWW3jkPIE4tBE03acHD4deFbQ7YPpbclrR+zHwmJXFaEzSTtluPxQCP0/B/tLcfLN\nTwIDAQAB\n-----END PUBLIC KEY-----\n";

    @Test
    void theDefaultWechatPayPlatformKeySignsWhatBillingVerifies() {
        String message = "1700000000\nnonce\n{}\n";

        String signature = V3Crypto.sign(message, V3Crypto.privateKey("classpath:cloud/marketplace/sandbox/wechatpay/platform-private.pem"));

        assertThat(V3Crypto.verify(message, signature, V3Crypto.publicKey(BILLING_WECHAT_PLATFORM_PUBLIC_KEY))).isTrue();
    }

    @Test
    void theDefaultSharedKeysAreBillingsDefaults() {
        PaymentChannelProperties defaults = new Binder(new MapConfigurationPropertySource())
                .bindOrCreate("sandbox.payments", PaymentChannelProperties.class);

        // billing-service's application.yml: QQ_PAY_KEY and ONLINE_BANKING_KEY defaults
        assertThat(defaults.qqPayKey()).isEqualTo("local-sandbox-qq-pay-key-change-me-0123456789");
        assertThat(defaults.bankGatewayKey()).isEqualTo("local-sandbox-bank-gateway-key-change-me-01234");
    }
}
