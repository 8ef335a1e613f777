package cloud.marketplace.gateway.ratelimit;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * In-memory token buckets, one per client. A bucket that has refilled completely is the same as
 * a new one, so it is dropped at the next sweep: memory follows the clients active in the last
 * {@code burst / replenishPerSecond} seconds, and never exceeds {@code maxClients} buckets (new
 * clients beyond that share a single overflow bucket until a sweep makes room).
 * One gateway instance counts its own traffic; with N instances a client gets up to N times the rate.
 */
@Component
class TokenBucketRateLimiter {

    static final String OVERFLOW_CLIENT = "\0overflow";

    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final Clock clock;
    private final double burst;
    private final double tokensPerMilli;
    private final long fullRefillMillis;
    private final int maxClients;
    private final long sweepIntervalMillis;
    private final AtomicLong nextSweepAt;

    TokenBucketRateLimiter(RateLimitProperties properties, Clock clock) {
        this.clock = clock;
        this.burst = properties.burst();
        this.tokensPerMilli = properties.replenishPerSecond() / 1000.0;
        this.fullRefillMillis = (long) Math.ceil(burst / tokensPerMilli);
        this.maxClients = properties.maxClients();
        this.sweepIntervalMillis = properties.sweepInterval().toMillis();
        this.nextSweepAt = new AtomicLong(clock.millis() + sweepIntervalMillis);
    }

    /** Takes one token from the client's bucket if there is one. */
    Decision tryAcquire(String client) {
        long now = clock.millis();
        sweepIfDue(now);
        String key = buckets.size() >= maxClients && !buckets.containsKey(client) ? OVERFLOW_CLIENT : client;
        Bucket bucket = buckets.compute(key, (ignored, previous) -> take(previous, now));
        if (bucket.granted()) {
            return Decision.grant((long) Math.floor(bucket.tokens()));
        }
        long retryAfterMillis = (long) Math.ceil((1 - bucket.tokens()) / tokensPerMilli);
        return Decision.deny(Math.max(1, (retryAfterMillis + 999) / 1000));
    }

    int trackedClients() {
        return buckets.size();
    }

    private Bucket take(Bucket previous, long now) {
        double tokens = previous == null
                ? burst
                : Math.min(burst, previous.tokens() + Math.max(0, now - previous.updatedAt()) * tokensPerMilli);
        long updatedAt = previous == null ? now : Math.max(now, previous.updatedAt());
        return tokens >= 1 ? new Bucket(tokens - 1, updatedAt, true) : new Bucket(tokens, updatedAt, false);
    }

    private void sweepIfDue(long now) {
        long due = nextSweepAt.get();
        if (now < due || !nextSweepAt.compareAndSet(due, now + sweepIntervalMillis)) {
            return;
        }
        // removeIf on the values view removes an entry only if it still holds the bucket that was tested
        buckets.values().removeIf(bucket -> now - bucket.updatedAt() >= fullRefillMillis);
    }

    private record Bucket(double tokens, long updatedAt, boolean granted) {
    }

    record Decision(boolean allowed, long remaining, long retryAfterSeconds) {

        static Decision grant(long remaining) {
            return new Decision(true, remaining, 0);
        }

        static Decision deny(long retryAfterSeconds) {
            return new Decision(false, 0, retryAfterSeconds);
        }
    }
}
