package cloud.marketplace.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.marketplace.gateway.problem.ProblemResponses;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.access.AccessDeniedException;

/** The gateway's own rules never deny an authenticated caller; should one ever, the answer is a problem too. */
class ProblemAccessDeniedHandlerTest {

    @Test
    void answersA403Problem() {
        var handler = new ProblemAccessDeniedHandler(new ProblemResponses(ServerCodecConfigurer.create()));
        var exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/billing/deposit"));

        handler.handle(exchange, new AccessDeniedException("denied")).block();

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(exchange.getResponse().getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(exchange.getResponse().getBodyAsString().block())
                .contains("\"type\":\"https://marketplace.example/problems/forbidden\"", "\"status\":403");
    }
}
