package cloud.marketplace.catalog.eligibility;

import cloud.marketplace.contracts.events.DepositPaid;
import cloud.marketplace.contracts.events.DepositShortfall;
import cloud.marketplace.contracts.events.MerchantActivated;
import cloud.marketplace.contracts.events.ProviderApproved;
import cloud.marketplace.contracts.events.StorePublished;
import cloud.marketplace.contracts.events.Topics;
import cloud.marketplace.platform.events.Inbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Feeds the listing-eligibility projection. One consumer for the three topics, so a provider's
 * events are applied one at a time; the other events of these topics are not catalog's business.
 */
@Component
class EligibilityEventsListener {

    private final Inbox inbox;
    private final ListingEligibility eligibility;

    EligibilityEventsListener(Inbox inbox, ListingEligibility eligibility) {
        this.inbox = inbox;
        this.eligibility = eligibility;
    }

    @KafkaListener(id = "catalog-listing-eligibility", topics = {Topics.PROVIDER, Topics.MERCHANT_ACCOUNT, Topics.DEPOSIT})
    void on(ConsumerRecord<String, String> record) {
        inbox.receive(record, event -> {
            switch (event) {
                case ProviderApproved approved -> eligibility.record(approved.providerId(), approved);
                case StorePublished published -> eligibility.record(published.providerId(), published);
                case MerchantActivated activated -> eligibility.record(activated.providerId(), activated);
                case DepositPaid paid -> eligibility.record(paid.providerId(), paid);
                case DepositShortfall shortfall -> eligibility.record(shortfall.providerId(), shortfall);
                default -> { }
            }
        });
    }
}
