package cloud.marketplace.platform.web;

import java.net.URI;

/** Stable problem {@code type} URIs: clients switch on these, so a slug never changes meaning. */
public final class ProblemTypes {

    public static final String BASE = "https://marketplace.example/problems/";

    public static final String VALIDATION = "validation";
    public static final String MALFORMED_REQUEST = "malformed-request";
    public static final String NOT_FOUND = "not-found";
    public static final String UNAUTHENTICATED = "unauthenticated";
    public static final String FORBIDDEN = "forbidden";
    public static final String CONCURRENT_MODIFICATION = "concurrent-modification";
    public static final String SERVICE_UNAVAILABLE = "service-unavailable";
    public static final String INTERNAL = "internal-error";
    public static final String IDEMPOTENCY_KEY_REUSED = "idempotency-key-reused";
    public static final String IDEMPOTENCY_REQUEST_IN_PROGRESS = "idempotency-request-in-progress";
    public static final String INVALID_DOCUMENT = "invalid-document";

    public static URI of(String slug) {
        return URI.create(BASE + slug);
    }

    /** The slug for a status that no handler gave a more precise type. */
    static String forStatus(int status) {
        return switch (status) {
            case 400 -> MALFORMED_REQUEST;
            case 401 -> UNAUTHENTICATED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 409 -> "conflict";
            case 413 -> "payload-too-large";
            case 429 -> "too-many-requests";
            case 415 -> "unsupported-media-type";
            case 503 -> SERVICE_UNAVAILABLE;
            default -> status >= 500 ? INTERNAL : "client-error";
        };
    }

    private ProblemTypes() {
    }
}
