package cloud.marketplace.launcher;

import java.nio.file.Path;
import java.util.Optional;

/** The Spring Boot applications of the repository that the launcher runs from their jars. */
public enum Application {

    ONBOARDING("onboarding-service", 8081, "onboarding", "ONBOARDING_URL"),
    MERCHANT("merchant-service", 8082, "merchant", "MERCHANT_URL"),
    CATALOG("catalog-service", 8083, "catalog", "CATALOG_URL"),
    BILLING("billing-service", 8084, "billing", "BILLING_URL"),
    GATEWAY("gateway", 8080, null, "GATEWAY_URL"),
    SANDBOX("partner-sandbox", 8090, null, "SANDBOX_URL");

    static final String VERSION = "0.1.0-SNAPSHOT";

    private final String module;
    private final int basePort;
    private final String schema;
    private final String urlVariable;

    Application(String module, int basePort, String schema, String urlVariable) {
        this.module = module;
        this.basePort = basePort;
        this.schema = schema;
        this.urlVariable = urlVariable;
    }

    public String module() {
        return module;
    }

    int basePort() {
        return basePort;
    }

    /** The database schema the application owns, if it has one. */
    Optional<String> schema() {
        return Optional.ofNullable(schema);
    }

    /** The environment variable through which the others find this application. */
    String urlVariable() {
        return urlVariable;
    }

    Path jar(Path repositoryRoot) {
        return repositoryRoot.resolve(module).resolve("target").resolve(module + "-" + VERSION + ".jar");
    }

    static Optional<Application> byModule(String module) {
        for (Application application : values()) {
            if (application.module.equals(module)) {
                return Optional.of(application);
            }
        }
        return Optional.empty();
    }
}
