package cloud.marketplace.gateway.routing;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings shared by every route's circuit breaker. Resilience4j's default
 * {@code minimumNumberOfCalls} of 100 would mean a breaker that never opens in practice.
 *
 * @param timeout            a call that takes longer fails (and counts against the breaker)
 * @param slidingWindowSize  how many recent calls the failure rate is computed over
 * @param minimumNumberOfCalls calls needed before the failure rate is evaluated
 * @param failureRateThreshold percentage of failed calls that opens the breaker
 * @param waitInOpenState    how long an open breaker refuses calls; also the {@code Retry-After}
 * @param permittedCallsInHalfOpenState trial calls once the wait is over
 */
@ConfigurationProperties("marketplace.gateway.circuit-breaker")
record CircuitBreakerProperties(
        @DefaultValue("10s") Duration timeout,
        @DefaultValue("20") int slidingWindowSize,
        @DefaultValue("5") int minimumNumberOfCalls,
        @DefaultValue("50") float failureRateThreshold,
        @DefaultValue("10s") Duration waitInOpenState,
        @DefaultValue("3") int permittedCallsInHalfOpenState) {

    long retryAfterSeconds() {
        return Math.max(1, (waitInOpenState.toMillis() + 999) / 1000);
    }
}
