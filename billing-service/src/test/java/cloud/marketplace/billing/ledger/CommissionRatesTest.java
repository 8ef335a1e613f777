package cloud.marketplace.billing.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommissionRatesTest {

    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    @Test
    void theCompletionTimePicksTheLatestRateAlreadyInForce() {
        OffsetDateTime change = OffsetDateTime.of(2026, 7, 1, 0, 0, 0, 0, CHINA);
        CommissionRates rates = new CommissionRates(new CommissionProperties(Duration.ofDays(7), List.of(
                new CommissionProperties.Rate(change, 800),
                new CommissionProperties.Rate(OffsetDateTime.of(2019, 1, 1, 0, 0, 0, 0, CHINA), 1000))));

        assertThat(rates.basisPointsAt(change.toInstant().minusNanos(1_000))).isEqualTo(1000);
        assertThat(rates.basisPointsAt(change.toInstant())).isEqualTo(800);
        assertThatThrownBy(() -> rates.basisPointsAt(OffsetDateTime.of(2018, 12, 31, 23, 0, 0, 0, CHINA).toInstant()))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void withoutConfigurationTheRateIsTenPercent() {
        CommissionRates rates = new CommissionRates(new CommissionProperties(Duration.ofDays(7), null));

        assertThat(rates.basisPointsAt(OffsetDateTime.of(2025, 1, 1, 0, 0, 0, 0, CHINA).toInstant())).isEqualTo(1000);
    }

    @Test
    void aRateBeyondAHundredPercentIsRefusedAtStartUp() {
        assertThatThrownBy(() -> new CommissionRates(new CommissionProperties(Duration.ofDays(7), List.of(
                new CommissionProperties.Rate(OffsetDateTime.of(2019, 1, 1, 0, 0, 0, 0, CHINA), 10_001)))))
                .isInstanceOf(IllegalStateException.class);
    }
}
