package cloud.marketplace.billing;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The partners of billing in tests, one set per test JVM: a WireMock server playing the payment
 * channels and merchant-service, and the keys the channels sign notifications with. Installed as
 * an environment post-processor so every test context gets the same settings (one cached context).
 */
public class TestPartners implements EnvironmentPostProcessor {

    public static final String WECHAT_SERIAL = "PUB_KEY_ID_TEST_0000000000000000000000000001";
    public static final String QQ_PAY_KEY = "test-qq-pay-key-0123456789-abcdefghijklmnop";
    public static final String BANK_KEY = "test-bank-gateway-key-0123456789-abcdefghij";

    public static final String MERCHANT_SERIAL = "TEST0000MERCHANT0000SERIAL";

    private static volatile Clock partnerClock = Clock.systemUTC();
    private static WireMockServer wiremock;
    private static KeyPair wechatPlatformKey;
    private static KeyPair wechatMerchantKey;

    public static synchronized WireMockServer wiremock() {
        if (wiremock == null) {
            wiremock = new WireMockServer(WireMockConfiguration.options().dynamicPort().asynchronousResponseEnabled(true)
                    .extensions(new SignedWeChatPayAnswers()));
            wiremock.start();
            Runtime.getRuntime().addShutdownHook(new Thread(wiremock::stop, "wiremock-stop"));
        }
        return wiremock;
    }

    /** The partners' clocks go with the application's (a test that moves time moves theirs: signed answers stay fresh). */
    static void useClock(Clock clock) {
        partnerClock = clock;
    }

    public static Instant now() {
        return partnerClock.instant();
    }

    /** The WeChat Pay platform's key: it signs answers and notifications; billing holds the public half. */
    public static synchronized KeyPair wechatPlatformKey() {
        if (wechatPlatformKey == null) {
            wechatPlatformKey = rsa();
        }
        return wechatPlatformKey;
    }

    /** The merchant's key: billing signs its requests to WeChat Pay with the private half. */
    public static synchronized KeyPair wechatMerchantKey() {
        if (wechatMerchantKey == null) {
            wechatMerchantKey = rsa();
        }
        return wechatMerchantKey;
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String base = "http://localhost:" + wiremock().port();
        environment.getPropertySources().addFirst(new MapPropertySource("testPartners", Map.of(
                "marketplace.billing.channels.base-url", base,
                "MERCHANT_URL", base,
                "marketplace.billing.channels.wechat-pay.platform-serial", WECHAT_SERIAL,
                "marketplace.billing.channels.wechat-pay.platform-public-key",
                Base64.getEncoder().encodeToString(wechatPlatformKey().getPublic().getEncoded()),
                "marketplace.billing.channels.wechat-pay.merchant-serial-no", MERCHANT_SERIAL,
                "marketplace.billing.channels.wechat-pay.merchant-private-key",
                Base64.getEncoder().encodeToString(wechatMerchantKey().getPrivate().getEncoded()),
                "marketplace.billing.channels.qq-pay.key", QQ_PAY_KEY,
                "marketplace.billing.channels.online-banking.key", BANK_KEY)));
    }
}
