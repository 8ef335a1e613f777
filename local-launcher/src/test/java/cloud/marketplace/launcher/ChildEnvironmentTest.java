package cloud.marketplace.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ChildEnvironmentTest {

    static final String SECRET = "local-development-secret-change-me-0123456789";

    @Test
    void aServiceGetsItsPortItsSchemaTheBrokerThePeersAndTheLocalProfile() {
        Map<String, String> env = ChildEnvironment.of(Application.CATALOG, new PortLayout(0), SECRET);

        assertThat(env).containsEntry("SERVER_PORT", "8083")
                .containsEntry("DB_URL", "jdbc:mysql://127.0.0.1:3306/catalog?createDatabaseIfNotExist=true")
                .containsEntry("DB_USERNAME", "root")
                .containsEntry("DB_PASSWORD", "")
                .containsEntry("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092")
                .containsEntry("MARKETPLACE_JWT_SECRET", SECRET)
                .containsEntry("ONBOARDING_URL", "http://localhost:8081")
                .containsEntry("MERCHANT_URL", "http://localhost:8082")
                .containsEntry("CATALOG_URL", "http://localhost:8083")
                .containsEntry("BILLING_URL", "http://localhost:8084")
                .containsEntry("SANDBOX_URL", "http://localhost:8090")
                .containsEntry("SPRING_PROFILES_ACTIVE", "local")
                .containsEntry("MANAGEMENT_ENDPOINT_HEALTH_PROBES_ENABLED", "true");
    }

    @Test
    void eachServiceHasItsOwnSchema() {
        assertThat(Stream.of(Application.ONBOARDING, Application.MERCHANT, Application.CATALOG, Application.BILLING)
                .map(service -> ChildEnvironment.of(service, new PortLayout(0), SECRET).get("DB_URL"))
                .collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(
                        "jdbc:mysql://127.0.0.1:3306/onboarding?createDatabaseIfNotExist=true",
                        "jdbc:mysql://127.0.0.1:3306/merchant?createDatabaseIfNotExist=true",
                        "jdbc:mysql://127.0.0.1:3306/catalog?createDatabaseIfNotExist=true",
                        "jdbc:mysql://127.0.0.1:3306/billing?createDatabaseIfNotExist=true");
    }

    @Test
    void theGatewayAndTheSandboxHaveNoDatabase() {
        assertThat(ChildEnvironment.of(Application.GATEWAY, new PortLayout(0), SECRET))
                .containsEntry("SERVER_PORT", "8080").doesNotContainKey("DB_URL");
        assertThat(ChildEnvironment.of(Application.SANDBOX, new PortLayout(0), SECRET))
                .containsEntry("SERVER_PORT", "8090").doesNotContainKey("DB_URL");
    }

    @Test
    void everyAddressFollowsThePortOffset() {
        PortLayout moved = new PortLayout(1000);
        Set<Integer> movedPorts = Set.of(9080, 9081, 9082, 9083, 9084, 9090, 10092, 4306);
        Pattern port = Pattern.compile(":(\\d{2,5})\\b");

        for (Application application : Application.values()) {
            Map<String, String> env = ChildEnvironment.of(application, moved, SECRET);
            assertThat(Integer.parseInt(env.get("SERVER_PORT"))).isEqualTo(application.basePort() + 1000);
            env.forEach((name, value) -> {
                Matcher matcher = port.matcher(value);
                while (matcher.find()) {
                    assertThat(Integer.parseInt(matcher.group(1)))
                            .as("%s of %s", name, application).isIn(movedPorts);
                }
            });
        }
    }
}
