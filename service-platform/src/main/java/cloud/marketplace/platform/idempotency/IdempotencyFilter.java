package cloud.marketplace.platform.idempotency;

import cloud.marketplace.platform.web.ProblemTypes;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code Idempotency-Key} on POST (IETF draft semantics), for every service: the same key and
 * body replays the first response; the same key with another body is 422; a retry while the
 * first request is still running is 409. Keys are scoped to the authenticated caller. A 5xx
 * answer is not kept, so the client can retry it.
 */
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    private static final int MAX_KEY_LENGTH = 255;

    private final IdempotencyStore store;
    private final JsonMapper json;

    IdempotencyFilter(IdempotencyStore store, JsonMapper json) {
        this.store = store;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller == null || !caller.isAuthenticated()) {
            chain.doFilter(request, response);
            return;
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            problem(response, 400, ProblemTypes.VALIDATION, "The Idempotency-Key header must have 1 to 255 characters.");
            return;
        }
        CachedBodyRequest cached = new CachedBodyRequest(request);
        String fingerprint = IdempotencyStore.fingerprint(request.getMethod(), request.getRequestURI(), cached.body());
        String scope = caller.getName();
        Optional<StoredResponse> earlier = store.claim(scope, key, fingerprint);
        if (earlier.isPresent()) {
            replayOrRefuse(earlier.get(), fingerprint, response);
            return;
        }
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        boolean completed = false;
        try {
            chain.doFilter(cached, recorded);
            completed = recorded.getStatus() < 500;
        } finally {
            if (completed) {
                store.complete(scope, key, new StoredResponse(fingerprint, StoredResponse.State.DONE, recorded.getStatus(),
                        recorded.getContentType(), recorded.getHeader(HttpHeaders.LOCATION), recorded.getContentAsByteArray()));
            } else {
                store.release(scope, key);
            }
            recorded.copyBodyToResponse();
        }
    }

    private void replayOrRefuse(StoredResponse earlier, String fingerprint, HttpServletResponse response) throws IOException {
        if (!earlier.fingerprint().equals(fingerprint)) {
            problem(response, 422, ProblemTypes.IDEMPOTENCY_KEY_REUSED,
                    "This Idempotency-Key was already used with a different request.");
        } else if (earlier.state() == StoredResponse.State.IN_PROGRESS) {
            problem(response, 409, ProblemTypes.IDEMPOTENCY_REQUEST_IN_PROGRESS,
                    "A request with this Idempotency-Key is still being processed; retry shortly.");
        } else {
            response.setStatus(earlier.status());
            if (earlier.contentType() != null) {
                response.setContentType(earlier.contentType());
            }
            if (earlier.location() != null) {
                response.setHeader(HttpHeaders.LOCATION, earlier.location());
            }
            response.setHeader("Idempotent-Replayed", "true");
            response.getOutputStream().write(earlier.body());
        }
    }

    private void problem(HttpServletResponse response, int status, String slug, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), Map.of("type", ProblemTypes.BASE + slug, "status", status, "detail", detail));
    }
}
