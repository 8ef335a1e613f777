package cloud.marketplace.billing.deposit;

import cloud.marketplace.contracts.events.ProviderApproved;
import cloud.marketplace.contracts.events.Topics;
import cloud.marketplace.platform.events.Inbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** An approved provider gets its deposit account. */
@Component
class ProviderApprovedListener {

    private final Inbox inbox;
    private final Deposits deposits;

    ProviderApprovedListener(Inbox inbox, Deposits deposits) {
        this.inbox = inbox;
        this.deposits = deposits;
    }

    @KafkaListener(topics = Topics.PROVIDER)
    void on(ConsumerRecord<String, String> record) {
        inbox.receive(record, event -> {
            if (event instanceof ProviderApproved approved) {
                deposits.open(approved.providerId());
            }
        });
    }
}
