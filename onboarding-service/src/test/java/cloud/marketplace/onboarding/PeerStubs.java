package cloud.marketplace.onboarding;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * One WireMock server per test JVM playing the real-name partner and the catalog, merchant and
 * billing peers; the service's peer URLs point at it (registered for every test context through
 * META-INF/spring.factories, so all integration tests share one context). Default stubs answer
 * the happy path with a low priority; a test adds its own, matched on its own provider or code.
 */
public class PeerStubs implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final int DEFAULT_PRIORITY = 100;
    private static WireMockServer server;

    public static synchronized WireMockServer server() {
        if (server == null) {
            server = new WireMockServer(options().dynamicPort().containerThreads(40)
                    .globalTemplating(false).templatingEnabled(true));
            server.start();
            defaults(server);
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "wiremock-stop"));
        }
        return server;
    }

    /** Back to the default stubs only (and no request journal). */
    public static void reset() {
        server().resetAll();
        defaults(server());
    }

    private static void defaults(WireMockServer wireMock) {
        wireMock.stubFor(post(urlPathEqualTo("/realname/v1/enterprise-verifications")).atPriority(DEFAULT_PRIORITY)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"verified\": true, \"companyName\": \"{{jsonPath request.body '$.companyName'}}\"}")
                        .withTransformers("response-template")));
        wireMock.stubFor(post(urlPathEqualTo("/internal/catalog/categories/validation")).atPriority(DEFAULT_PRIORITY)
                .willReturn(okJson("{\"valid\": true, \"invalid\": []}")));
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String url = "http://localhost:" + server().port();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("peerStubs", Map.of(
                "marketplace.peers.realname-url", url,
                "marketplace.peers.catalog-url", url,
                "marketplace.peers.merchant-url", url,
                "marketplace.peers.billing-url", url)));
    }
}
