package cloud.marketplace.sandbox.payments;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Errors in each channel's own shape (not problems: the channels are not ours). */
final class ChannelErrors {

    static ResponseEntity<Map<String, Object>> wechat(HttpStatus status, String code, String message) {
        return ResponseEntity.status(status).body(Map.of("code", code, "message", message));
    }

    static ResponseEntity<Map<String, Object>> qqPay(HttpStatus status, String code, String message) {
        return ResponseEntity.status(status).body(Map.of("return_code", "FAIL", "err_code", code, "return_msg", message));
    }

    static ResponseEntity<Map<String, Object>> bank(HttpStatus status, String code, String message) {
        return ResponseEntity.status(status).body(Map.of("error", code, "message", message));
    }

    private ChannelErrors() {
    }
}
