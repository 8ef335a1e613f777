package cloud.marketplace.merchant.partner;

import java.time.Duration;

/**
 * A call to a partner (WeChat Pay, Tenpay) that did not give a usable, trusted answer. Nothing
 * was changed on our side because of it. Only {@link Refused} is the partner's word (a verified
 * answer); every other kind is transient: retry later.
 */
public abstract sealed class PartnerFailure extends RuntimeException {

    PartnerFailure(String message, Throwable cause) {
        super(message, cause);
    }

    /** How long to wait before asking again, if the partner said so. */
    public Duration retryAfter() {
        return null;
    }

    /** No answer in time, a server error, an unreadable or unverifiable error answer. */
    public static final class Unavailable extends PartnerFailure {
        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The answer failed its signature check (forged, unsigned, stale, or signed by an unknown key). */
    public static final class Untrusted extends PartnerFailure {
        public Untrusted(String message) {
            super(message, null);
        }
    }

    /** 429: too many requests; wait {@link #retryAfter()}. */
    public static final class RateLimited extends PartnerFailure {
        private final Duration retryAfter;

        public RateLimited(Duration retryAfter) {
            super("the partner limits our request rate; retry after " + retryAfter.toSeconds() + " s", null);
            this.retryAfter = retryAfter;
        }

        @Override
        public Duration retryAfter() {
            return retryAfter;
        }
    }

    /** A verified 4xx: the partner refused the request itself (e.g. a parameter it does not accept). */
    public static final class Refused extends PartnerFailure {
        private final int status;
        private final String code;

        public Refused(int status, String code, String message) {
            super(message, null);
            this.status = status;
            this.code = code;
        }

        public int status() {
            return status;
        }

        public String code() {
            return code;
        }
    }
}
