package cloud.marketplace.catalog.product;

/** The stage of a product's working revision (the one not listed). */
public enum RevisionStage {
    DRAFT,
    UNDER_REVIEW,
    REJECTED
}
