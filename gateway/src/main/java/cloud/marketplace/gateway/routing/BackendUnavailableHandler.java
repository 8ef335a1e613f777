package cloud.marketplace.gateway.routing;

import cloud.marketplace.gateway.problem.ProblemResponses;
import cloud.marketplace.gateway.problem.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * The circuit breakers' fallback: a routed request that failed on the way to its service (refused
 * connection, reset, time limit, open breaker) answers a 503 problem naming the service, for
 * every HTTP method. This is an exception handler rather than a {@code fallbackUri} forward
 * because a forward fallback makes the gateway buffer every request body of the route (file
 * uploads included) so that it could be replayed, and its target must accept every method.
 */
@Component
@Order(-3)
class BackendUnavailableHandler implements WebExceptionHandler {

    static final String SERVICE_METADATA = "service";
    private static final Logger log = LoggerFactory.getLogger(BackendUnavailableHandler.class);

    private final ProblemResponses problems;
    private final CircuitBreakerProperties circuitBreaker;

    BackendUnavailableHandler(ProblemResponses problems, CircuitBreakerProperties circuitBreaker) {
        this.problems = problems;
        this.circuitBreaker = circuitBreaker;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        if (route == null || exchange.getResponse().isCommitted() || !isBackendFailure(ex)) {
            return Mono.error(ex);
        }
        String service = String.valueOf(route.getMetadata().getOrDefault(SERVICE_METADATA, route.getId()));
        log.warn("{} {} -> {} service unavailable: {}", exchange.getRequest().getMethod(),
                exchange.getRequest().getPath(), service, ex.toString());
        exchange.getResponse().getHeaders().clearContentHeaders();
        return problems.write(exchange,
                Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", "Service Unavailable",
                        "The " + service + " service is unavailable; try again later."),
                headers -> headers.set(HttpHeaders.RETRY_AFTER, Long.toString(circuitBreaker.retryAfterSeconds())));
    }

    /**
     * Connection and I/O errors arrive as plain exceptions; the breaker's time limit as a 504 and
     * an open breaker as a 503. A 4xx raised on the way (a bad request) is the caller's.
     */
    private static boolean isBackendFailure(Throwable ex) {
        if (ex instanceof ErrorResponse errorResponse) {
            int status = errorResponse.getStatusCode().value();
            return status == 502 || status == 503 || status == 504;
        }
        return true;
    }
}
