package cloud.marketplace.catalog.product;

import cloud.marketplace.catalog.eligibility.ListingPrerequisite;
import cloud.marketplace.catalog.eligibility.ProviderEligibility;
import cloud.marketplace.contracts.events.FieldReason;
import cloud.marketplace.contracts.events.IntegrationEvent;
import cloud.marketplace.contracts.events.ProductDelisted;
import cloud.marketplace.contracts.events.ProductListed;
import cloud.marketplace.contracts.events.ProductRejected;
import cloud.marketplace.contracts.events.ProductSubmitted;
import cloud.marketplace.platform.web.ProblemException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A provider's product. It keeps two revisions apart: the <em>listed</em> one (what buyers see,
 * or saw before a delisting) and the <em>working</em> one (a draft, or a submission under
 * review or rejected). Editing a listed product therefore never hides it: the edit becomes a
 * revision under review, and the listed revision is replaced only when that one is approved.
 *
 * <p>Every transition is a verb that checks the current state, refuses an illegal move with a
 * 409 problem, and returns the event to publish.
 */
public final class Product {

    /** The revision on sale (or last on sale, once delisted). */
    public record ListedRevision(int number, ProductContent content, Instant listedAt) {
    }

    /** The revision being written or reviewed; {@code rejection} holds the reasons of a rejected one. */
    public record WorkingRevision(int number, ProductContent content, RevisionStage stage, Instant submittedAt,
                                  List<FieldReason> rejection) {
        public WorkingRevision {
            rejection = rejection == null ? List.of() : List.copyOf(rejection);
        }
    }

    public record Delisting(Instant at, String by, String reason) {
    }

    private final String id;
    private final String providerId;
    private final Instant createdAt;
    private final int version;
    private Listing listing;
    private ListedRevision listed;
    private WorkingRevision working;
    private Delisting delisting;
    private Instant updatedAt;

    Product(String id, String providerId, Instant createdAt, int version, Listing listing, ListedRevision listed,
            WorkingRevision working, Delisting delisting, Instant updatedAt) {
        this.id = id;
        this.providerId = providerId;
        this.createdAt = createdAt;
        this.version = version;
        this.listing = listing;
        this.listed = listed;
        this.working = working;
        this.delisting = delisting;
        this.updatedAt = updatedAt;
    }

    /** A new product: a draft, revision 1. */
    static Product draft(String id, String providerId, ProductContent content, Instant now) {
        return new Product(id, providerId, now, 0, Listing.NEVER_LISTED, null,
                new WorkingRevision(1, content, RevisionStage.DRAFT, null, List.of()), null, now);
    }

    public ProductStatus status() {
        return statusOf(listing, working == null ? null : working.stage());
    }

    static ProductStatus statusOf(Listing listing, RevisionStage workingStage) {
        if (listing == Listing.LISTED) {
            return ProductStatus.LISTED;
        }
        if (workingStage == null) {
            return ProductStatus.DELISTED;
        }
        return switch (workingStage) {
            case DRAFT -> ProductStatus.DRAFT;
            case UNDER_REVIEW -> ProductStatus.UNDER_REVIEW;
            case REJECTED -> ProductStatus.REJECTED;
        };
    }

    /**
     * The provider changes the content. A draft is changed in place. A rejected revision is kept
     * as it was reviewed and the change becomes the next revision. On a listed product the change
     * is submitted at once as a revision under review (so it passes the listing gate), and the
     * listed revision stays on sale until that one is approved.
     */
    List<IntegrationEvent> edit(ProductContent content, ProviderEligibility eligibility, Instant now) {
        if (working != null && working.stage() == RevisionStage.UNDER_REVIEW) {
            throw stateConflict("is under review and cannot be edited until an operator decides");
        }
        updatedAt = now;
        if (listing == Listing.LISTED) {
            requireListable(content, eligibility);
            working = new WorkingRevision(nextRevision(), content, RevisionStage.UNDER_REVIEW, now, List.of());
            return List.of(submitted(now));
        }
        if (working != null && working.stage() == RevisionStage.DRAFT) {
            working = new WorkingRevision(working.number(), content, RevisionStage.DRAFT, null, List.of());
        } else {
            working = new WorkingRevision(nextRevision(), content, RevisionStage.DRAFT, null, List.of());
        }
        return List.of();
    }

    /**
     * The provider submits the working revision for review, through the listing gate. A delisted
     * product with nothing pending is submitted again with its last listed content.
     */
    ProductSubmitted submit(ProviderEligibility eligibility, Instant now) {
        if (working == null && listing == Listing.LISTED) {
            throw stateConflict("is listed and has no change to submit");
        }
        if (working != null && working.stage() == RevisionStage.UNDER_REVIEW) {
            throw stateConflict("is already under review");
        }
        ProductContent content = working != null ? working.content() : listed.content();
        requireListable(content, eligibility);
        int number = working != null ? working.number() : nextRevision();
        working = new WorkingRevision(number, content, RevisionStage.UNDER_REVIEW, now, List.of());
        updatedAt = now;
        return submitted(now);
    }

    /** An operator approves the revision under review: it becomes the listed one (上架). */
    ProductListed approve(Instant now) {
        WorkingRevision reviewed = underReview();
        listed = new ListedRevision(reviewed.number(), reviewed.content(), now);
        listing = Listing.LISTED;
        working = null;
        delisting = null;
        updatedAt = now;
        return ProductListed.of(now, providerId, id, reviewed.content().categoryId(), reviewed.content().name(), now);
    }

    /** An operator refuses the revision under review, with a reason per field; the provider can edit again. */
    ProductRejected reject(List<FieldReason> reasons, Instant now) {
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("a rejection needs at least one reason");
        }
        WorkingRevision reviewed = underReview();
        working = new WorkingRevision(reviewed.number(), reviewed.content(), RevisionStage.REJECTED, reviewed.submittedAt(),
                reasons);
        updatedAt = now;
        return ProductRejected.of(now, providerId, id, reasons, now);
    }

    /**
     * The provider or an operator takes the product off sale (下架). A revision under review is
     * withdrawn to a draft: approving it would otherwise put the product back on sale.
     */
    ProductDelisted delist(String by, String reason, Instant now) {
        if (listing != Listing.LISTED) {
            throw stateConflict("is not listed");
        }
        listing = Listing.DELISTED;
        delisting = new Delisting(now, by, reason);
        if (working != null && working.stage() == RevisionStage.UNDER_REVIEW) {
            working = new WorkingRevision(working.number(), working.content(), RevisionStage.DRAFT, null, List.of());
        }
        updatedAt = now;
        return ProductDelisted.of(now, providerId, id, reason, by, now);
    }

    /** The gate, then the category: both must hold for anything to go under review. */
    private static void requireListable(ProductContent content, ProviderEligibility eligibility) {
        List<ListingPrerequisite> missing = eligibility.missing();
        if (!missing.isEmpty()) {
            throw ProblemException.unprocessable("listing-prerequisites-missing",
                    "The product cannot be submitted until these steps are done: "
                            + missing.stream().map(Enum::name).collect(Collectors.joining(", ")) + ".")
                    .with("missing", missing);
        }
        if (!eligibility.approvedFor(content.categoryId())) {
            throw categoryNotApproved(content.categoryId(), eligibility);
        }
    }

    static ProblemException categoryNotApproved(long categoryId, ProviderEligibility eligibility) {
        return ProblemException.unprocessable("category-not-approved",
                        "Category " + categoryId + " is not one the provider was approved for.")
                .with("field", "categoryId").with("categoryId", categoryId)
                .with("approvedCategoryIds", eligibility.approvedCategoryIds());
    }

    private WorkingRevision underReview() {
        if (working == null || working.stage() != RevisionStage.UNDER_REVIEW) {
            throw stateConflict("is not under review");
        }
        return working;
    }

    private ProductSubmitted submitted(Instant now) {
        return ProductSubmitted.of(now, providerId, id, working.content().categoryId(), working.content().name(), now);
    }

    private int nextRevision() {
        int last = Math.max(listed == null ? 0 : listed.number(), working == null ? 0 : working.number());
        return last + 1;
    }

    private ProblemException stateConflict(String what) {
        return ProblemException.conflict("product-state", "Product " + id + " " + what + " (status " + status() + ").")
                .with("status", status());
    }

    public boolean ownedBy(String providerId) {
        return this.providerId.equals(providerId);
    }

    public boolean isListed() {
        return listing == Listing.LISTED;
    }

    public String id() {
        return id;
    }

    public String providerId() {
        return providerId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** The version this product was loaded at; a save checks it is still the stored one. */
    public int version() {
        return version;
    }

    Listing listing() {
        return listing;
    }

    /** The listed revision, or the last listed one for a delisted product. */
    public Optional<ListedRevision> listed() {
        return Optional.ofNullable(listed);
    }

    public Optional<WorkingRevision> working() {
        return Optional.ofNullable(working);
    }

    public Optional<Delisting> delisting() {
        return Optional.ofNullable(delisting);
    }
}
