package cloud.marketplace.onboarding.store;

import cloud.marketplace.contracts.events.StorePublished;
import cloud.marketplace.onboarding.application.RejectionReason;
import java.time.Instant;
import java.util.List;

/**
 * The provider's store profile as revisions. The current revision is the one being edited or
 * reviewed; the published one is what buyers see, and stays so until a newer revision is approved.
 */
public final class Store {

    private final String providerId;
    private StoreRevision current;
    private StoreRevision published;
    private StoreRevision superseded;
    private int version;

    private Store(String providerId, StoreRevision current, StoreRevision published, int version) {
        this.providerId = providerId;
        this.current = current;
        this.published = published;
        this.version = version;
    }

    public static Store open(String providerId, StoreProfile profile, Instant now) {
        return new Store(providerId, StoreRevision.draft(1, profile, now), null, -1);
    }

    static Store restore(String providerId, StoreRevision current, StoreRevision published, int version) {
        return new Store(providerId, current, published, version);
    }

    /** Edits the draft (a rejected revision becomes a draft again); editing the published revision starts the next one. */
    public void edit(StoreProfile profile, Instant now) {
        current = switch (current.status()) {
            case DRAFT, REJECTED -> current.edited(profile, now);
            case PUBLISHED -> StoreRevision.draft(current.revision() + 1, profile, now);
            case SUBMITTED -> throw new StoreConflict("store-under-review",
                    "Revision " + current.revision() + " of the store is under review; edit it once it is decided.");
            case SUPERSEDED -> throw new IllegalStateException("a superseded revision is never current");
        };
    }

    public void submit(Instant now) {
        if (current.status() != StoreRevisionStatus.DRAFT) {
            throw new StoreConflict("store-not-submittable", switch (current.status()) {
                case SUBMITTED -> "The store is already under review.";
                case PUBLISHED -> "The published store has no changes to submit; edit it first.";
                default -> "The store was rejected: edit it as the reviewer asked, then submit again.";
            });
        }
        current = current.submitted(now);
    }

    public StorePublished approve(String operator, Instant now) {
        requireUnderReview();
        if (published != null) {
            superseded = published.superseded();
        }
        current = current.decided(StoreRevisionStatus.PUBLISHED, operator, List.of(), now);
        published = current;
        return StorePublished.of(now, providerId, current.profile().name(), current.revision(), now);
    }

    public void reject(String operator, List<RejectionReason> reasons, Instant now) {
        requireUnderReview();
        current = current.decided(StoreRevisionStatus.REJECTED, operator, reasons, now);
    }

    private void requireUnderReview() {
        if (current.status() != StoreRevisionStatus.SUBMITTED) {
            throw new StoreConflict(current.status() == StoreRevisionStatus.DRAFT ? "store-not-submitted"
                    : "store-already-decided", "The store's revision " + current.revision() + " is " + current.status()
                    + "; only a submitted revision can be decided.");
        }
    }

    public String providerId() {
        return providerId;
    }

    public StoreRevision current() {
        return current;
    }

    /** What buyers see, or null before the first approval. */
    public StoreRevision published() {
        return published;
    }

    /** The revision this save replaced as published, if any. */
    StoreRevision superseded() {
        return superseded;
    }

    boolean isNew() {
        return version < 0;
    }

    int version() {
        return version;
    }

    void saved() {
        version = isNew() ? 0 : version + 1;
        superseded = null;
    }
}
