package cloud.marketplace.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TokenBucketRateLimiterTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-05-04T08:00:00Z"));

    @Test
    void grantsTheBurstThenRefusesWithTheWaitForTheNextToken() {
        TokenBucketRateLimiter limiter = limiter(2, 3, 100);

        assertThat(limiter.tryAcquire("a").remaining()).isEqualTo(2);
        assertThat(limiter.tryAcquire("a").remaining()).isEqualTo(1);
        assertThat(limiter.tryAcquire("a").remaining()).isZero();
        TokenBucketRateLimiter.Decision refused = limiter.tryAcquire("a");

        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(1);
    }

    @Test
    void refillsAtTheReplenishRateButNeverBeyondTheBurst() {
        TokenBucketRateLimiter limiter = limiter(2, 3, 100);
        for (int i = 0; i < 3; i++) {
            limiter.tryAcquire("a");
        }

        clock.advance(Duration.ofMillis(500));
        assertThat(limiter.tryAcquire("a").allowed()).isTrue();
        assertThat(limiter.tryAcquire("a").allowed()).isFalse();

        clock.advance(Duration.ofHours(1));
        assertThat(limiter.tryAcquire("a").remaining()).isEqualTo(2);
    }

    @Test
    void roundsTheWaitUpToWholeSecondsForSlowRates() {
        TokenBucketRateLimiter limiter = limiter(0.01, 1, 100);
        limiter.tryAcquire("a");

        assertThat(limiter.tryAcquire("a").retryAfterSeconds()).isEqualTo(100);
    }

    @Test
    void keepsClientsApart() {
        TokenBucketRateLimiter limiter = limiter(1, 1, 100);

        assertThat(limiter.tryAcquire("a").allowed()).isTrue();
        assertThat(limiter.tryAcquire("a").allowed()).isFalse();
        assertThat(limiter.tryAcquire("b").allowed()).isTrue();
    }

    @Test
    void forgetsClientsWhoseBucketHasRefilled() {
        TokenBucketRateLimiter limiter = limiter(10, 10, 100);
        limiter.tryAcquire("a");
        limiter.tryAcquire("b");
        assertThat(limiter.trackedClients()).isEqualTo(2);

        clock.advance(Duration.ofMillis(500));
        limiter.tryAcquire("b");
        clock.advance(Duration.ofMillis(600));
        limiter.tryAcquire("c");

        // a was last seen 1.1 s ago (a full refill takes 1 s): dropped; b only 0.6 s ago: kept
        assertThat(limiter.trackedClients()).isEqualTo(2);
        assertThat(limiter.tryAcquire("a").remaining()).isEqualTo(9);
    }

    @Test
    void sharesOneBucketAmongNewClientsOnceTheTableIsFull() {
        TokenBucketRateLimiter limiter = limiter(0.001, 2, 2);
        limiter.tryAcquire("a");
        limiter.tryAcquire("b");

        assertThat(limiter.tryAcquire("c").allowed()).isTrue();
        assertThat(limiter.tryAcquire("d").allowed()).isTrue();
        assertThat(limiter.tryAcquire("e").allowed()).isFalse();
        assertThat(limiter.trackedClients()).isEqualTo(3);
        assertThat(limiter.tryAcquire("a").allowed()).isTrue();
    }

    @Test
    void aClockThatStepsBackGivesNoTokens() {
        TokenBucketRateLimiter limiter = limiter(1, 1, 100);
        limiter.tryAcquire("a");

        clock.advance(Duration.ofSeconds(-30));
        assertThat(limiter.tryAcquire("a").allowed()).isFalse();
        clock.advance(Duration.ofSeconds(30));
        assertThat(limiter.tryAcquire("a").allowed()).isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(limiter.tryAcquire("a").allowed()).isTrue();
    }

    private TokenBucketRateLimiter limiter(double replenishPerSecond, int burst, int maxClients) {
        return new TokenBucketRateLimiter(
                new RateLimitProperties(replenishPerSecond, burst, maxClients, Duration.ofSeconds(1)), clock);
    }

    private static final class MutableClock extends Clock {

        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
