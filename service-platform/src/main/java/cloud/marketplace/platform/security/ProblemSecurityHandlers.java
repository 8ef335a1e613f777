package cloud.marketplace.platform.security;

import cloud.marketplace.platform.web.ProblemTypes;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/** 401 and 403 raised by the security filters, answered as problems like every other error. */
final class ProblemSecurityHandlers {

    private final JsonMapper json;

    ProblemSecurityHandlers(JsonMapper json) {
        this.json = json;
    }

    AuthenticationEntryPoint entryPoint() {
        return (request, response, exception) -> {
            response.setHeader("WWW-Authenticate", "Bearer");
            write(response, 401, ProblemTypes.UNAUTHENTICATED, "Unauthorized", "A valid bearer token is required.");
        };
    }

    AccessDeniedHandler accessDenied() {
        return (request, response, exception) ->
                write(response, 403, ProblemTypes.FORBIDDEN, "Forbidden", "Your role does not allow this operation.");
    }

    private void write(HttpServletResponse response, int status, String slug, String title, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), Map.of(
                "type", ProblemTypes.BASE + slug, "title", title, "status", status, "detail", detail));
    }
}
