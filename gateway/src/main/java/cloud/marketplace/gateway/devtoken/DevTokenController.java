package cloud.marketplace.gateway.devtoken;

import cloud.marketplace.gateway.problem.Problems;
import cloud.marketplace.security.MarketplaceTokens;
import cloud.marketplace.security.Role;
import jakarta.validation.Valid;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.support.WebExchangeBindException;

/**
 * Local mode only: hands out a token for any subject and user roles, so the journey can be
 * walked without an identity provider. Outside the {@code local} profile this controller does
 * not exist and the path answers 404.
 */
@RestController
@Profile("local")
class DevTokenController {

    static final Duration TOKEN_TTL = Duration.ofHours(12);

    private final MarketplaceTokens tokens;

    DevTokenController(MarketplaceTokens tokens) {
        this.tokens = tokens;
    }

    @PostMapping("/api/dev/tokens")
    ResponseEntity<DevTokenResponse> issue(@Valid @RequestBody DevTokenRequest request) {
        List<Role> roles = request.roles().stream().distinct().map(Role::valueOf).toList();
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .body(new DevTokenResponse(tokens.issue(request.subject(), roles, TOKEN_TTL)));
    }

    @ExceptionHandler(WebExchangeBindException.class)
    ResponseEntity<ProblemDetail> invalid(WebExchangeBindException invalid) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "validation", "Validation Failed",
                "The token request has invalid fields.");
        problem.setProperty("errors", invalid.getFieldErrors().stream()
                .sorted(Comparator.comparing(FieldError::getField))
                .map(error -> new FieldProblem(error.getField(), String.valueOf(error.getDefaultMessage())))
                .toList());
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    record FieldProblem(String field, String message) {
    }
}
