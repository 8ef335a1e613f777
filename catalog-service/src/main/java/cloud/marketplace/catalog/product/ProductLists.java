package cloud.marketplace.catalog.product;

import java.time.Instant;

/** The rows of product lists, read straight from the database (no aggregate per row). */
public final class ProductLists {

    /** A product on sale, as anyone sees it in a category list; {@code fromFen} is its cheapest plan. */
    public record ListedProduct(String id, String providerId, long categoryId, String name, String summary,
                                DeliveryType deliveryType, long fromFen, Instant listedAt) {
    }

    /** A product in the provider's own list, in any state; {@code name} is the working revision's, else the listed one's. */
    public record OwnProduct(String id, ProductStatus status, RevisionStage revisionStage, long categoryId, String name,
                             Instant updatedAt) {
    }

    /** A submission waiting for review; {@code listed} tells a revision of a listed product from a first listing. */
    public record QueuedProduct(String id, String providerId, int revision, long categoryId, String name,
                                DeliveryType deliveryType, boolean listed, Instant submittedAt) {
    }

    /** How many products a provider has, for its overview. */
    public record ProviderProductCounts(String providerId, long total, long listed, long underReview) {
    }

    private ProductLists() {
    }
}
