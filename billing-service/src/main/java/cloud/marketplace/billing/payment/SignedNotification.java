package cloud.marketplace.billing.payment;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** A notification as it arrived: its headers (names in lower case) and the exact bytes of its body. */
public record SignedNotification(Map<String, String> headers, byte[] body) {

    public SignedNotification {
        headers = headers.entrySet().stream().collect(Collectors.toUnmodifiableMap(
                entry -> entry.getKey().toLowerCase(Locale.ROOT), Map.Entry::getValue, (first, second) -> first));
        body = body == null ? new byte[0] : body.clone();
    }

    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }
}
