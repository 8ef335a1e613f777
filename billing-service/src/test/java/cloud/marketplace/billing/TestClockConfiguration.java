package cloud.marketplace.billing;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/** Replaces the application's clock in every test context, so tests can move time. */
@Configuration(proxyBeanMethods = false)
class TestClockConfiguration {

    @Bean
    @Primary
    MutableClock testClock() {
        MutableClock clock = new MutableClock();
        TestPartners.useClock(clock);
        return clock;
    }
}
