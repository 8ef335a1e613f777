package cloud.marketplace.platform.security;

import java.util.List;
import org.springframework.http.HttpMethod;

/**
 * Endpoints of a service that answer without a token (a public read, a partner's signed
 * notification). A service declares them as a bean; everything else under {@code /api/**}
 * needs a valid token, and {@code /internal/**} a service identity.
 */
public record PublicEndpoints(List<Endpoint> endpoints) {

    public record Endpoint(HttpMethod method, String pattern) {
    }

    public static PublicEndpoints of(Endpoint... endpoints) {
        return new PublicEndpoints(List.of(endpoints));
    }

    public static Endpoint get(String pattern) {
        return new Endpoint(HttpMethod.GET, pattern);
    }

    public static Endpoint post(String pattern) {
        return new Endpoint(HttpMethod.POST, pattern);
    }
}
