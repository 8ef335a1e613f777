package cloud.marketplace.platform;

import cloud.marketplace.contracts.events.ProviderApproved;
import cloud.marketplace.contracts.events.Topics;
import cloud.marketplace.platform.events.Inbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** A minimal service on the platform: it keeps the providers it was told were approved. */
@SpringBootApplication
class PlatformTestApplication {

    @Component
    static class ApprovedProviders {

        private final Inbox inbox;
        private final JdbcClient jdbc;

        ApprovedProviders(Inbox inbox, JdbcClient jdbc) {
            this.inbox = inbox;
            this.jdbc = jdbc;
        }

        @KafkaListener(id = "approved-providers", topics = Topics.PROVIDER, autoStartup = "${test.listener.auto-startup:true}")
        void on(ConsumerRecord<String, String> record) {
            inbox.receive(record, event -> {
                if (event instanceof ProviderApproved approved) {
                    jdbc.sql("""
                            INSERT INTO approved_provider (provider_id, company_name, times_applied) VALUES (:id, :name, 1)
                            ON DUPLICATE KEY UPDATE times_applied = times_applied + 1""")
                            .param("id", approved.providerId()).param("name", approved.companyName()).update();
                }
            });
        }
    }
}
