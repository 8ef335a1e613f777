package cloud.marketplace.gateway.ratelimit;

import cloud.marketplace.gateway.problem.ProblemResponses;
import cloud.marketplace.gateway.problem.Problems;
import java.net.InetSocketAddress;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Limits every routed request per client: the token's subject when the caller presented a valid
 * token, otherwise the client's IP address. Runs after security (a refused token never spends
 * tokens) and before the circuit breakers (a limited request never reaches a service).
 */
@Component
class RateLimitFilter implements GlobalFilter, Ordered {

    static final String REMAINING_HEADER = "X-RateLimit-Remaining";

    private final TokenBucketRateLimiter limiter;
    private final ProblemResponses problems;

    RateLimitFilter(TokenBucketRateLimiter limiter, ProblemResponses problems) {
        this.limiter = limiter;
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return clientKey(exchange).flatMap(client -> {
            TokenBucketRateLimiter.Decision decision = limiter.tryAcquire(client);
            if (decision.allowed()) {
                exchange.getResponse().getHeaders().set(REMAINING_HEADER, Long.toString(decision.remaining()));
                return chain.filter(exchange);
            }
            return problems.write(exchange,
                    Problems.of(HttpStatus.TOO_MANY_REQUESTS, "too-many-requests", "Too Many Requests",
                            "Too many requests from this client; retry after " + decision.retryAfterSeconds() + " s."),
                    headers -> {
                        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(decision.retryAfterSeconds()));
                        headers.set(REMAINING_HEADER, "0");
                    });
        });
    }

    static Mono<String> clientKey(ServerWebExchange exchange) {
        return exchange.getPrincipal()
                .filter(JwtAuthenticationToken.class::isInstance)
                .map(principal -> "sub:" + principal.getName())
                .switchIfEmpty(Mono.fromSupplier(() -> "ip:" + address(exchange)));
    }

    private static String address(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        if (remote == null) {
            return "unknown";
        }
        return remote.getAddress() != null ? remote.getAddress().getHostAddress() : remote.getHostString();
    }

    @Override
    public int getOrder() {
        return -100;
    }
}
