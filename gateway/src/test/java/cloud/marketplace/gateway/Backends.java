package cloud.marketplace.gateway;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.List;
import org.springframework.test.context.DynamicPropertyRegistry;

/** The four services, played by WireMock, once per test JVM; and a port where nothing listens. */
final class Backends {

    static final WireMockServer ONBOARDING = start();
    static final WireMockServer MERCHANT = start();
    static final WireMockServer CATALOG = start();
    static final WireMockServer BILLING = start();
    static final int CLOSED_PORT = closedPort();

    private Backends() {
    }

    static List<WireMockServer> all() {
        return List.of(ONBOARDING, MERCHANT, CATALOG, BILLING);
    }

    static void resetAll() {
        all().forEach(WireMockServer::resetAll);
    }

    /** Points the gateway at the stubs; with {@code merchantDown} the merchant service refuses connections. */
    static void register(DynamicPropertyRegistry registry, boolean merchantDown) {
        registry.add("ONBOARDING_URL", ONBOARDING::baseUrl);
        registry.add("MERCHANT_URL", () -> merchantDown ? "http://127.0.0.1:" + CLOSED_PORT : MERCHANT.baseUrl());
        registry.add("CATALOG_URL", CATALOG::baseUrl);
        registry.add("BILLING_URL", BILLING::baseUrl);
    }

    private static WireMockServer start() {
        WireMockServer server = new WireMockServer(WireMockConfiguration.options()
                .dynamicPort()
                .bindAddress("127.0.0.1")
                .gzipDisabled(true)); // Jetty would rewrite ETags of gzipped answers
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        return server;
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
