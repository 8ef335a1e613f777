package cloud.marketplace.gateway.problem;

import java.util.List;
import java.util.function.Consumer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.codec.HttpMessageWriter;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.reactive.result.view.ViewResolver;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Writes a problem from places outside annotated controllers (security handlers, web filters,
 * exception handlers) with the application's own codecs, so the JSON is the same everywhere.
 */
@Component
public class ProblemResponses {

    private final ServerResponse.Context context;

    public ProblemResponses(ServerCodecConfigurer codecs) {
        List<HttpMessageWriter<?>> writers = codecs.getWriters();
        this.context = new ServerResponse.Context() {
            @Override
            public List<HttpMessageWriter<?>> messageWriters() {
                return writers;
            }

            @Override
            public List<ViewResolver> viewResolvers() {
                return List.of();
            }
        };
    }

    public Mono<Void> write(ServerWebExchange exchange, ProblemDetail problem) {
        return write(exchange, problem, headers -> { });
    }

    public Mono<Void> write(ServerWebExchange exchange, ProblemDetail problem, Consumer<HttpHeaders> headers) {
        return ServerResponse.status(problem.getStatus())
                .headers(headers)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyValue(problem)
                .flatMap(response -> response.writeTo(exchange, context));
    }
}
