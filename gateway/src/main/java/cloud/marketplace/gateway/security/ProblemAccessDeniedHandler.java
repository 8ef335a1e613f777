package cloud.marketplace.gateway.security;

import cloud.marketplace.gateway.problem.ProblemResponses;
import cloud.marketplace.gateway.problem.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** 403 as a problem. */
final class ProblemAccessDeniedHandler implements ServerAccessDeniedHandler {

    private final ProblemResponses problems;

    ProblemAccessDeniedHandler(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        return problems.write(exchange,
                Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "This request is not allowed for this caller."));
    }
}
