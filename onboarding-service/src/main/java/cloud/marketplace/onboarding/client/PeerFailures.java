package cloud.marketplace.onboarding.client;

import feign.FeignException;
import java.util.Optional;

/**
 * What went wrong on a call to a peer or partner. Feign calls run inside a circuit breaker,
 * which wraps the original failure; this looks through the wrapping.
 */
public final class PeerFailures {

    /** The HTTP status the peer answered with, if it answered at all. */
    public static Optional<Integer> answeredStatus(Throwable failure) {
        return find(failure, FeignException.class).map(FeignException::status).filter(status -> status > 0);
    }

    public static <T extends Throwable> Optional<T> find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }

    private PeerFailures() {
    }
}
