package cloud.marketplace.merchant.provider;

import cloud.marketplace.contracts.events.ProviderApproved;
import cloud.marketplace.contracts.events.Topics;
import cloud.marketplace.platform.events.Inbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps the approved providers' company data: the merchant forms start from it. */
@Component
class ProviderApprovedListener {

    private final Inbox inbox;
    private final ApprovedProviders providers;

    ProviderApprovedListener(Inbox inbox, ApprovedProviders providers) {
        this.inbox = inbox;
        this.providers = providers;
    }

    @KafkaListener(topics = Topics.PROVIDER)
    void on(ConsumerRecord<String, String> record) {
        inbox.receive(record, event -> {
            if (event instanceof ProviderApproved approved) {
                providers.approved(approved);
            }
        });
    }
}
