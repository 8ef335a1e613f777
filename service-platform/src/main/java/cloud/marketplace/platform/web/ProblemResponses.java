package cloud.marketplace.platform.web;

import feign.FeignException;
import feign.RetryableException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import jakarta.validation.ConstraintViolationException;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.client.circuitbreaker.NoFallbackAvailableException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one place every service turns a failure into an RFC 9457 problem. Validation problems
 * list every failing field; a 500 never carries an exception message.
 */
@RestControllerAdvice
class ProblemResponses extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<ProblemDetail> problem(ProblemException e) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(e.status()), e.getMessage());
        body.setType(ProblemTypes.of(e.typeSlug()));
        body.setTitle(e.title());
        e.properties().forEach(body::setProperty);
        ResponseEntity.BodyBuilder response = ResponseEntity.status(e.status());
        if (e.retryAfter() != null) {
            response.header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, e.retryAfter().toSeconds())));
        }
        return response.body(body);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException e) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        return ResponseEntity.badRequest().body(validationProblem(errors));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        return ResponseEntity.badRequest().body(validationProblem(
                List.of(new FieldError(e.getName(), "has an invalid value '" + e.getValue() + "'"))));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException e) {
        return plain(HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, "Your role does not allow this operation.");
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException e) {
        return plain(HttpStatus.UNAUTHORIZED, ProblemTypes.UNAUTHENTICATED, "A valid bearer token is required.");
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> concurrentModification(OptimisticLockingFailureException e) {
        return plain(HttpStatus.CONFLICT, ProblemTypes.CONCURRENT_MODIFICATION,
                "Someone else changed this resource at the same time; reload it and try again.");
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<ProblemDetail> duplicate(DuplicateKeyException e) {
        return plain(HttpStatus.CONFLICT, "conflict", "The resource already exists.");
    }

    /**
     * A peer service that did not answer (down, slow, breaker open) and whose caller did not
     * handle it: 503, the caller may retry. Nothing was changed by a well-behaved caller, which
     * never calls a peer while holding a transaction.
     */
    @ExceptionHandler({NoFallbackAvailableException.class, RetryableException.class, CallNotPermittedException.class})
    ResponseEntity<ProblemDetail> peerUnavailable(Exception e) {
        log.warn("Peer call failed: {}", e.toString());
        return problem(ProblemException.unavailable("A service this request depends on", Duration.ofSeconds(10)));
    }

    @ExceptionHandler(FeignException.class)
    ResponseEntity<ProblemDetail> peerFailed(FeignException e) {
        if (e.status() < 0 || e.status() >= 500) {
            return peerUnavailable(e);
        }
        log.error("A peer service refused a call ({}): {}", e.status(), e.getMessage());
        return plain(HttpStatus.BAD_GATEWAY, "peer-refused", "A service this request depends on refused the call.");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("Unexpected failure", e);
        return plain(HttpStatus.INTERNAL_SERVER_ERROR, ProblemTypes.INTERNAL, "An unexpected error occurred.");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(validationProblem(fieldErrors(ex.getBindingResult())));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
                                                                            HttpHeaders headers, HttpStatusCode status,
                                                                            WebRequest request) {
        List<FieldError> errors = ex.getParameterValidationResults().stream()
                .flatMap(result -> result instanceof ParameterErrors bound
                        ? fieldErrors(bound).stream()
                        : result.getResolvableErrors().stream()
                                .map(error -> new FieldError(parameterName(result), error.getDefaultMessage())))
                .toList();
        return ResponseEntity.badRequest().body(validationProblem(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The request body is missing or is not valid JSON of the expected shape.");
        body.setType(ProblemTypes.of(ProblemTypes.MALFORMED_REQUEST));
        body.setTitle("Malformed request");
        return ResponseEntity.badRequest().body(body);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        if (body instanceof ProblemDetail problem && "about:blank".equals(problem.getType().toString())) {
            problem.setType(ProblemTypes.of(ProblemTypes.forStatus(statusCode.value())));
        }
        return super.handleExceptionInternal(ex, body, headers, statusCode, request);
    }

    static ProblemDetail validationProblem(List<FieldError> errors) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                errors.size() == 1 ? "1 field is invalid." : errors.size() + " fields are invalid.");
        body.setType(ProblemTypes.of(ProblemTypes.VALIDATION));
        body.setTitle("Invalid request");
        body.setProperty("errors", errors);
        return body;
    }

    private static List<FieldError> fieldErrors(Errors result) {
        List<FieldError> fields = result.getFieldErrors().stream()
                .map(error -> new FieldError(error.getField(), error.getDefaultMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        List<FieldError> global = result.getGlobalErrors().stream()
                .map(error -> new FieldError(error.getObjectName(), error.getDefaultMessage()))
                .toList();
        return java.util.stream.Stream.concat(fields.stream(), global.stream()).toList();
    }

    private static String parameterName(org.springframework.validation.method.ParameterValidationResult result) {
        String name = result.getMethodParameter().getParameterName();
        return name == null ? "parameter" : name;
    }

    private static String lastNode(String path) {
        int dot = path.indexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    private static ResponseEntity<ProblemDetail> plain(HttpStatus status, String slug, String detail) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setType(ProblemTypes.of(slug));
        return ResponseEntity.status(status).body(body);
    }
}
