package cloud.marketplace.sandbox.wechatpay;

import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Errors of the WeChat Pay API the way WeChat Pay answers them (not as the sandbox controls' problems). */
@RestControllerAdvice(assignableTypes = {ApplymentController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class WechatPayErrors {

    @ExceptionHandler(WechatPayError.class)
    ResponseEntity<Map<String, String>> error(WechatPayError error) {
        return ResponseEntity.status(error.status()).body(Map.of("code", error.code(), "message", error.getMessage()));
    }

    @ExceptionHandler({MethodArgumentNotValidException.class, IllegalArgumentException.class,
            org.springframework.http.converter.HttpMessageNotReadableException.class, tools.jackson.core.JacksonException.class})
    ResponseEntity<Map<String, String>> invalid(Exception error) {
        return ResponseEntity.badRequest().body(Map.of("code", "PARAM_ERROR", "message", "参数错误: " + error.getMessage()));
    }
}
