package cloud.marketplace.onboarding.store.web;

import cloud.marketplace.onboarding.application.RejectionReason;
import cloud.marketplace.onboarding.store.Store;
import cloud.marketplace.onboarding.store.StoreProfile;
import cloud.marketplace.onboarding.store.StoreRevision;
import cloud.marketplace.onboarding.store.StoreRevisionStatus;
import java.time.Instant;
import java.util.List;

/** The store as the API shows it: the published revision (what buyers see) and the current one. */
record StoreView(String providerId, RevisionView published, RevisionView current) {

    static StoreView of(Store store) {
        return new StoreView(store.providerId(), RevisionView.of(store.published()), RevisionView.of(store.current()));
    }

    record RevisionView(int revision, StoreRevisionStatus status, StoreProfile profile, Instant submittedAt,
                        Instant decidedAt, String decidedBy, List<RejectionReason> reasons) {

        static RevisionView of(StoreRevision r) {
            return r == null ? null : new RevisionView(r.revision(), r.status(), r.profile(), r.submittedAt(),
                    r.decidedAt(), r.decidedBy(), r.reasons());
        }
    }
}
