package cloud.marketplace.billing.payment;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How long a deposit payment may stay pending before it is closed. */
@ConfigurationProperties("marketplace.billing.payments")
record PaymentProperties(@DefaultValue("30m") Duration ttl) {
}
