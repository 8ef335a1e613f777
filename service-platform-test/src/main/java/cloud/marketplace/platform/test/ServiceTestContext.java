package cloud.marketplace.platform.test;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a service's test context at the shared MariaDB (its own schema, named by
 * {@code marketplace.schema}), the embedded Kafka broker and the test token secret.
 */
public class ServiceTestContext implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String schema = context.getEnvironment().getRequiredProperty("marketplace.schema");
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("serviceTestContext", Map.of(
                "spring.datasource.url", MariaDbServer.jdbcUrl(schema),
                "spring.datasource.username", "root",
                "spring.datasource.password", "",
                "spring.kafka.bootstrap-servers", "${spring.embedded.kafka.brokers}",
                "marketplace.security.jwt-secret", TestTokens.SECRET,
                "marketplace.events.poll-interval", "100ms",
                "marketplace.events.consumer-retry-interval", "50ms",
                "marketplace.events.partitions", "1")));
    }
}
