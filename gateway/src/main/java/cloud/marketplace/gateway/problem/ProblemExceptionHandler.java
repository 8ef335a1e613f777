package cloud.marketplace.gateway.problem;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * Answers every error the gateway itself raises (no route, bad input, unexpected failures) as a
 * problem, ahead of Boot's default error JSON. A 5xx never carries the exception's message.
 */
@Component
@Order(-2)
class ProblemExceptionHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);

    private final ProblemResponses problems;

    ProblemExceptionHandler(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(ex);
        }
        ProblemDetail problem = problemFor(ex);
        if (problem.getStatus() >= 500) {
            log.error("{} {} failed", exchange.getRequest().getMethod(), exchange.getRequest().getPath(), ex);
        }
        exchange.getResponse().getHeaders().clearContentHeaders();
        return problems.write(exchange, problem, headers -> {
            if (ex instanceof ErrorResponse errorResponse) {
                headers.addAll(errorResponse.getHeaders());
            }
        });
    }

    private static ProblemDetail problemFor(Throwable ex) {
        if (!(ex instanceof ErrorResponse errorResponse)) {
            return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "The gateway could not handle this request.");
        }
        HttpStatusCode status = errorResponse.getStatusCode();
        if (status.value() == HttpStatus.NOT_FOUND.value()) {
            return Problems.of(status, "There is nothing at this path.");
        }
        if (status.is5xxServerError()) {
            return Problems.of(status, "The gateway could not handle this request.");
        }
        String detail = errorResponse.getBody().getDetail();
        return Problems.of(status, detail != null ? detail : "The request was not accepted.");
    }
}
