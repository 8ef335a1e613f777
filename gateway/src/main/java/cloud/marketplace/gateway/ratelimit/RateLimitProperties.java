package cloud.marketplace.gateway.ratelimit;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Each client's token bucket: it holds at most {@code burst} requests and refills at
 * {@code replenishPerSecond}.
 *
 * @param maxClients how many clients are tracked at once; beyond that, new clients share one bucket
 * @param sweepInterval how often buckets that have refilled completely are dropped
 */
@ConfigurationProperties("marketplace.gateway.rate-limit")
record RateLimitProperties(
        @DefaultValue("50") double replenishPerSecond,
        @DefaultValue("100") int burst,
        @DefaultValue("100000") int maxClients,
        @DefaultValue("1s") Duration sweepInterval) {

    RateLimitProperties {
        if (replenishPerSecond <= 0 || burst < 1 || maxClients < 1) {
            throw new IllegalArgumentException("rate limit: replenish-per-second, burst and max-clients must be positive");
        }
    }
}
