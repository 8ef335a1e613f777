package cloud.marketplace.gateway.routing;

import java.util.ArrayList;
import java.util.List;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Mono;

/**
 * Paths that do not exist at the gateway, whoever asks and whatever token they carry: the
 * services' {@code /internal/**} endpoints (service-to-service only), and the development token
 * endpoint outside local mode. Runs before security, so the answer is the same 404 as for any
 * unknown path, not a 401 that would hint at something behind it.
 */
@Component
class NotRoutedPaths implements WebFilter, org.springframework.core.Ordered {

    static final int ORDER = -200;

    private final List<PathPattern> patterns = new ArrayList<>();

    NotRoutedPaths(Environment environment) {
        PathPatternParser parser = PathPatternParser.defaultInstance;
        patterns.add(parser.parse("/internal/**"));
        if (!environment.matchesProfiles("local")) {
            patterns.add(parser.parse("/api/dev/**"));
        }
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        var path = exchange.getRequest().getPath().pathWithinApplication();
        if (patterns.stream().anyMatch(pattern -> pattern.matches(path))) {
            return Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND));
        }
        return chain.filter(exchange);
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
