package cloud.marketplace.catalog.product;

/**
 * Where a product stands, as its provider and operators see it. A {@link #LISTED} product may
 * also have a revision under review or rejected; the listed revision stays visible meanwhile.
 */
public enum ProductStatus {
    /** Being written; never submitted, or withdrawn from review by a delisting. */
    DRAFT,
    /** Submitted, waiting for an operator. */
    UNDER_REVIEW,
    /** An operator refused it, with reasons per field; editable and submittable again. */
    REJECTED,
    /** On sale (上架). */
    LISTED,
    /** Taken off sale (下架); can be edited and submitted again. */
    DELISTED
}
