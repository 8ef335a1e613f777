package cloud.marketplace.platform.security;

import cloud.marketplace.security.MarketplaceTokens;
import cloud.marketplace.security.Role;
import feign.RequestInterceptor;
import feign.RequestTemplate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpHeaders;

/**
 * This service's own identity on calls to its peers' {@code /internal/**} endpoints: a
 * short-lived {@link Role#SERVICE} token, renewed before it expires, added to every Feign call.
 */
public class ServiceIdentity implements RequestInterceptor {

    private static final Duration TTL = Duration.ofMinutes(10);
    private static final Duration RENEW_BEFORE = Duration.ofMinutes(2);

    private final MarketplaceTokens tokens;
    private final String serviceName;
    private final Clock clock;
    private volatile String token;
    private volatile Instant renewAt = Instant.MIN;

    public ServiceIdentity(MarketplaceTokens tokens, String serviceName, Clock clock) {
        this.tokens = tokens;
        this.serviceName = serviceName;
        this.clock = clock;
    }

    public String bearerToken() {
        Instant now = clock.instant();
        if (now.isAfter(renewAt)) {
            token = tokens.issue(serviceName, List.of(Role.SERVICE), TTL);
            renewAt = now.plus(TTL).minus(RENEW_BEFORE);
        }
        return token;
    }

    @Override
    public void apply(RequestTemplate template) {
        template.header(HttpHeaders.AUTHORIZATION, "Bearer " + bearerToken());
    }
}
