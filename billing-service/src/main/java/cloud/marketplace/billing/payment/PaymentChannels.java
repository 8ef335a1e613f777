package cloud.marketplace.billing.payment;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The adapter of each payment method. */
@Component
class PaymentChannels {

    private final Map<PaymentMethod, PaymentChannel> byMethod = new EnumMap<>(PaymentMethod.class);

    PaymentChannels(List<PaymentChannel> channels) {
        channels.forEach(channel -> byMethod.put(channel.method(), channel));
        for (PaymentMethod method : PaymentMethod.values()) {
            if (!byMethod.containsKey(method)) {
                throw new IllegalStateException("no payment channel adapter for " + method);
            }
        }
    }

    PaymentChannel of(PaymentMethod method) {
        return byMethod.get(method);
    }
}
