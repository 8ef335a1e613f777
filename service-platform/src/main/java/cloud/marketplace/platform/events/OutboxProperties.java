package cloud.marketplace.platform.events;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Settings of the outbox relay and of consumer retries. */
@ConfigurationProperties("marketplace.events")
public record OutboxProperties(
        @DefaultValue("500ms") Duration pollInterval,
        @DefaultValue("500") int batchSize,
        @DefaultValue("10s") Duration sendTimeout,
        @DefaultValue("3") int consumerRetries,
        @DefaultValue("500ms") Duration consumerRetryInterval,
        @DefaultValue("3") int partitions,
        @DefaultValue("1") short replicationFactor) {
}
