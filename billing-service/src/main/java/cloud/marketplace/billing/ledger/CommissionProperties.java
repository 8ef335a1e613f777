package cloud.marketplace.billing.ledger;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The fee rates with the instant each takes effect (an order's completion time picks its rate),
 * and the review window (复议期) during which an order's earnings are pending, not withdrawable.
 */
@ConfigurationProperties("marketplace.billing.commission")
record CommissionProperties(@DefaultValue("7d") Duration reviewWindow, List<Rate> rates) {

    record Rate(OffsetDateTime effectiveFrom, int basisPoints) {
    }
}
