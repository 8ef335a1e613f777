package cloud.marketplace.merchant.polling;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the partners' states are polled: the scheduler's {@code tick}, how often one application
 * is asked ({@code every}), how long a claimed application stays with one instance
 * ({@code lease}), and the ceiling of the back-off after errors.
 */
@ConfigurationProperties("merchant.polling")
public record PollingSettings(@DefaultValue("5s") Duration tick, @DefaultValue("30s") Duration every,
                              @DefaultValue("60s") Duration lease, @DefaultValue("10m") Duration maxBackoff,
                              @DefaultValue("20") int batchSize) {

    /** After {@code failures} errors in a row: {@code every × 2^failures}, at most {@code maxBackoff}. */
    public Duration backoff(int failures) {
        Duration delay = every.multipliedBy(1L << Math.min(failures, 20));
        return delay.compareTo(maxBackoff) > 0 ? maxBackoff : delay;
    }
}
