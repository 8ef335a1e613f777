package cloud.marketplace.sandbox.wechatpay;

import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sandbox on a real port, with keys made for the test: the merchant's (which signs like
 * merchant-service) and each partner's platform key (which the client checks answers with).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class SandboxPartnerTest {

    protected static final String WECHAT_KEY_ID = "PUB_KEY_ID_SANDBOX_TEST";
    protected static final String TENPAY_KEY_ID = "TENPAY_KEY_ID_SANDBOX_TEST";

    @LocalServerPort
    protected int port;
    @Autowired
    protected JsonMapper json;

    @DynamicPropertySource
    static void keys(DynamicPropertyRegistry registry) {
        registry.add("sandbox.wechatpay.merchant-public-key", () -> SignedPartnerClient.publicPem(SignedPartnerClient.MERCHANT));
        registry.add("sandbox.wechatpay.platform-private-key", () -> SignedPartnerClient.privatePem(SignedPartnerClient.WECHAT_PLATFORM));
        registry.add("sandbox.wechatpay.platform-key-id", () -> WECHAT_KEY_ID);
        registry.add("sandbox.tenpay.merchant-public-key", () -> SignedPartnerClient.publicPem(SignedPartnerClient.MERCHANT));
        registry.add("sandbox.tenpay.platform-private-key", () -> SignedPartnerClient.privatePem(SignedPartnerClient.TENPAY_PLATFORM));
        registry.add("sandbox.tenpay.platform-key-id", () -> TENPAY_KEY_ID);
    }

    protected RestClient controls() {
        return RestClient.builder().baseUrl("http://localhost:" + port).defaultStatusHandler(status -> true, (req, res) -> { }).build();
    }

    protected void autopilot(boolean enabled, long stepDelayMs) {
        controls().put().uri("/sandbox/autopilot").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("enabled", enabled, "stepDelayMs", stepDelayMs)).retrieve().toBodilessEntity();
    }

    protected JsonNode read(String body) {
        return json.readTree(body);
    }
}
