package cloud.marketplace.gateway.security;

import cloud.marketplace.gateway.problem.ProblemResponses;
import cloud.marketplace.gateway.problem.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** A request refused by the firewall (e.g. {@code ..} or an encoded slash in the path) as a 400 problem. */
final class ProblemExchangeRejectedHandler implements ServerExchangeRejectedHandler {

    private final ProblemResponses problems;

    ProblemExchangeRejectedHandler(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, ServerExchangeRejectedException rejected) {
        return problems.write(exchange,
                Problems.of(HttpStatus.BAD_REQUEST, "malformed-request", "Bad Request", "The request path is not acceptable."));
    }
}
