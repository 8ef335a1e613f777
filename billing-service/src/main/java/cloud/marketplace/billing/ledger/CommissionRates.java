package cloud.marketplace.billing.ledger;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/** Picks the fee rate in force when an order completed. */
@Component
class CommissionRates {

    /** Without configuration: the seed's 10% since the platform's start. */
    private static final CommissionProperties.Rate DEFAULT =
            new CommissionProperties.Rate(OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(8)), 1000);

    private final List<CommissionProperties.Rate> rates;

    CommissionRates(CommissionProperties properties) {
        List<CommissionProperties.Rate> configured = properties.rates() == null || properties.rates().isEmpty()
                ? List.of(DEFAULT) : properties.rates();
        for (CommissionProperties.Rate rate : configured) {
            if (rate.effectiveFrom() == null || rate.basisPoints() < 0 || rate.basisPoints() > Commission.ALL_BASIS_POINTS) {
                throw new IllegalStateException("a commission rate needs effective-from and 0..10000 basis-points: " + rate);
            }
        }
        this.rates = configured.stream()
                .sorted(Comparator.comparing((CommissionProperties.Rate rate) -> rate.effectiveFrom().toInstant()).reversed())
                .toList();
    }

    int basisPointsAt(Instant completedAt) {
        return rates.stream()
                .filter(rate -> !rate.effectiveFrom().toInstant().isAfter(completedAt))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no commission rate in force at " + completedAt))
                .basisPoints();
    }
}
