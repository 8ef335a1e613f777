package cloud.marketplace.merchant.polling;

import java.time.Clock;
import java.util.UUID;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PollingSettings.class)
class PollingConfiguration {

    @Bean
    PollClaims pollClaims(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock, PollingSettings settings) {
        TransactionTemplate readCommitted = new TransactionTemplate(transactions);
        readCommitted.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        return new PollClaims(jdbc, readCommitted, clock, settings, "merchant-" + UUID.randomUUID());
    }
}
