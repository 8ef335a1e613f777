package cloud.marketplace.merchant.polling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PollingSettingsTest {

    @Test
    void backOffDoublesAfterEachErrorUpToTheCeiling() {
        PollingSettings settings = new PollingSettings(Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofSeconds(60),
                Duration.ofMinutes(10), 20);
        assertThat(settings.backoff(1)).isEqualTo(Duration.ofSeconds(60));
        assertThat(settings.backoff(2)).isEqualTo(Duration.ofSeconds(120));
        assertThat(settings.backoff(4)).isEqualTo(Duration.ofSeconds(480));
        assertThat(settings.backoff(5)).isEqualTo(Duration.ofMinutes(10));
        assertThat(settings.backoff(500)).isEqualTo(Duration.ofMinutes(10));
    }
}
