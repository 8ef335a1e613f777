package cloud.marketplace.sandbox.bank;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The clock the partners and the bank share, and the scheduling their autopilots run on. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class BankConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock sandboxClock() {
        return Clock.systemUTC();
    }
}
