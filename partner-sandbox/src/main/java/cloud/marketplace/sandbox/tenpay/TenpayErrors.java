package cloud.marketplace.sandbox.tenpay;

import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Errors of the Tenpay contract as the contract writes them. */
@RestControllerAdvice(assignableTypes = {TenpayController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class TenpayErrors {

    @ExceptionHandler(TenpayError.class)
    ResponseEntity<Map<String, String>> error(TenpayError error) {
        return ResponseEntity.status(error.status()).body(Map.of("code", error.code(), "message", error.getMessage()));
    }

    @ExceptionHandler({IllegalArgumentException.class, org.springframework.http.converter.HttpMessageNotReadableException.class,
            tools.jackson.core.JacksonException.class})
    ResponseEntity<Map<String, String>> invalid(Exception error) {
        return ResponseEntity.badRequest().body(Map.of("code", "PARAM_ERROR", "message", "参数错误: " + error.getMessage()));
    }
}
