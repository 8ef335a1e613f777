package cloud.marketplace.onboarding.store;

import cloud.marketplace.onboarding.application.RejectionReason;
import java.time.Instant;
import java.util.List;

/** One revision of the store profile and where it stands in review. */
public record StoreRevision(int revision, StoreRevisionStatus status, StoreProfile profile, Instant createdAt,
                            Instant updatedAt, Instant submittedAt, Instant decidedAt, String decidedBy,
                            List<RejectionReason> reasons) {

    public StoreRevision {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    static StoreRevision draft(int revision, StoreProfile profile, Instant now) {
        return new StoreRevision(revision, StoreRevisionStatus.DRAFT, profile, now, now, null, null, null, List.of());
    }

    StoreRevision edited(StoreProfile newProfile, Instant now) {
        return new StoreRevision(revision, StoreRevisionStatus.DRAFT, newProfile, createdAt, now, null, null, null, List.of());
    }

    StoreRevision submitted(Instant now) {
        return new StoreRevision(revision, StoreRevisionStatus.SUBMITTED, profile, createdAt, now, now, null, null, List.of());
    }

    StoreRevision decided(StoreRevisionStatus outcome, String operator, List<RejectionReason> why, Instant now) {
        return new StoreRevision(revision, outcome, profile, createdAt, now, submittedAt, now, operator, why);
    }

    StoreRevision superseded() {
        return new StoreRevision(revision, StoreRevisionStatus.SUPERSEDED, profile, createdAt, updatedAt, submittedAt,
                decidedAt, decidedBy, reasons);
    }
}
