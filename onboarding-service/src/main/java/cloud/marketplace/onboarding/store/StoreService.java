package cloud.marketplace.onboarding.store;

import cloud.marketplace.onboarding.application.ApplicationService;
import cloud.marketplace.onboarding.application.RejectionReason;
import cloud.marketplace.platform.events.Outbox;
import cloud.marketplace.platform.web.Page;
import cloud.marketplace.platform.web.PageQuery;
import cloud.marketplace.platform.web.ProblemException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The store profile: the provider edits and submits it, operators approve (publish) or reject it. */
@Service
public class StoreService {

    private final StoreRepository stores;
    private final ApplicationService applications;
    private final Outbox outbox;
    private final Clock clock;

    StoreService(StoreRepository stores, ApplicationService applications, Outbox outbox, Clock clock) {
        this.stores = stores;
        this.applications = applications;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Store edit(String providerId, StoreProfile profile) {
        Store store = stores.find(providerId).map(existing -> {
            existing.edit(profile, clock.instant());
            return existing;
        }).orElseGet(() -> Store.open(providerId, profile, clock.instant()));
        stores.save(store);
        return store;
    }

    /** Only an approved provider's store goes to review. */
    @Transactional
    public Store submit(String providerId) {
        Store store = mine(providerId);
        if (!applications.isApproved(providerId)) {
            throw ProblemException.unprocessable("provider-not-approved",
                    "The store can be submitted once the provider's application is approved.");
        }
        store.submit(clock.instant());
        stores.save(store);
        return store;
    }

    public Store mine(String providerId) {
        return stores.find(providerId).orElseThrow(() -> ProblemException.notFound("The store has not been created yet."));
    }

    public Optional<Store> find(String providerId) {
        return stores.find(providerId);
    }

    public StoreRevision publishedProfile(String providerId) {
        return stores.find(providerId).map(Store::published)
                .orElseThrow(() -> ProblemException.notFound("This provider has no published store."));
    }

    public Page<Store> queue(StoreRevisionStatus status, PageQuery page) {
        return stores.findByCurrentStatus(status == null ? StoreRevisionStatus.SUBMITTED : status, page);
    }

    @Transactional
    public Store approve(String providerId, String operator) {
        Store store = mine(providerId);
        outbox.publish(store.approve(operator, clock.instant()));
        stores.save(store);
        return store;
    }

    @Transactional
    public Store reject(String providerId, String operator, List<RejectionReason> reasons) {
        Store store = mine(providerId);
        store.reject(operator, reasons, clock.instant());
        stores.save(store);
        return store;
    }
}
