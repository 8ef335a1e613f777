package cloud.marketplace.billing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The application's clock in tests: the system clock until a test sets it, and again after {@link #reset()}. */
public class MutableClock extends Clock {

    private volatile Instant fixed;

    @Override
    public Instant instant() {
        Instant at = fixed;
        return at != null ? at : Instant.now();
    }

    public void set(Instant instant) {
        fixed = instant;
    }

    /** Sets the clock to a wall-clock time in Asia/Shanghai. */
    public void setShanghai(LocalDateTime local) {
        fixed = local.atZone(ZoneId.of("Asia/Shanghai")).toInstant();
    }

    public void advance(Duration duration) {
        fixed = instant().plus(duration);
    }

    public void reset() {
        fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        MutableClock source = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return source.withZone(other);
            }

            @Override
            public Instant instant() {
                return source.instant();
            }
        };
    }
}
