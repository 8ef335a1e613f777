package cloud.marketplace.platform.web;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A failure the caller can act on, answered as an RFC 9457 problem: a status, a stable
 * {@code type} slug (see {@link ProblemTypes}), a human detail, and optional extra members
 * such as {@code violations} or {@code missing}.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String typeSlug;
    private final String title;
    private final Map<String, Object> properties = new LinkedHashMap<>();
    private Duration retryAfter;

    public ProblemException(int status, String typeSlug, String title, String detail) {
        super(detail);
        this.status = status;
        this.typeSlug = typeSlug;
        this.title = title;
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "not-found", "Not found", detail);
    }

    public static ProblemException conflict(String typeSlug, String detail) {
        return new ProblemException(409, typeSlug, "Conflict", detail);
    }

    public static ProblemException unprocessable(String typeSlug, String detail) {
        return new ProblemException(422, typeSlug, "Unprocessable request", detail);
    }

    public static ProblemException badRequest(String typeSlug, String detail) {
        return new ProblemException(400, typeSlug, "Bad request", detail);
    }

    /** A peer service or partner did not answer in time; the caller may retry later. */
    public static ProblemException unavailable(String what, Duration retryAfter) {
        ProblemException problem = new ProblemException(503, ProblemTypes.SERVICE_UNAVAILABLE, "Service unavailable",
                what + " is unavailable right now; nothing was changed. Retry later.");
        problem.retryAfter = retryAfter;
        return problem;
    }

    public ProblemException with(String property, Object value) {
        properties.put(property, value);
        return this;
    }

    public int status() {
        return status;
    }

    public String typeSlug() {
        return typeSlug;
    }

    public String title() {
        return title;
    }

    public Map<String, Object> properties() {
        return properties;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
