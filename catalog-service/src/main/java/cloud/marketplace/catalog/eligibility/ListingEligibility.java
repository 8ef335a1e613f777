package cloud.marketplace.catalog.eligibility;

import cloud.marketplace.contracts.events.IntegrationEvent;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The listing-eligibility projection: kept up to date from events, read by the product gate. */
@Service
public class ListingEligibility {

    private final EligibilityRepository repository;
    private final Clock clock;

    ListingEligibility(EligibilityRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** What is known of the provider; {@link ProviderEligibility#unknown} when nothing is. */
    @Transactional(readOnly = true)
    public ProviderEligibility of(String providerId) {
        return repository.find(providerId).orElseGet(() -> ProviderEligibility.unknown(providerId));
    }

    /** Applies one received event, inside the inbox's transaction (which also marks it processed). */
    @Transactional(propagation = Propagation.MANDATORY)
    void record(String providerId, IntegrationEvent event) {
        ProviderEligibility known = repository.lock(providerId, clock.instant());
        ProviderEligibility updated = known.apply(event);
        if (!updated.equals(known)) {
            repository.save(updated, clock.instant());
        }
    }
}
