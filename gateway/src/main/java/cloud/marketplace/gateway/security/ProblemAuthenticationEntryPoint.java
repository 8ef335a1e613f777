package cloud.marketplace.gateway.security;

import cloud.marketplace.gateway.problem.ProblemResponses;
import cloud.marketplace.gateway.problem.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** 401 as a problem, with the bearer challenge of RFC 6750. Why a token was refused is not told. */
final class ProblemAuthenticationEntryPoint implements ServerAuthenticationEntryPoint {

    private final ProblemResponses problems;

    ProblemAuthenticationEntryPoint(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException ex) {
        boolean tokenRefused = ex instanceof OAuth2AuthenticationException;
        String detail = tokenRefused
                ? "The bearer token is not valid or has expired."
                : "This request needs a bearer token.";
        String challenge = tokenRefused ? "Bearer error=\"invalid_token\"" : "Bearer";
        return problems.write(exchange,
                Problems.of(HttpStatus.UNAUTHORIZED, "unauthenticated", "Unauthorized", detail),
                headers -> headers.set(HttpHeaders.WWW_AUTHENTICATE, challenge));
    }
}
