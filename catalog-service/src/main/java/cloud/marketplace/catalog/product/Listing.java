package cloud.marketplace.catalog.product;

/** Whether a product is on sale. */
enum Listing {
    NEVER_LISTED,
    LISTED,
    DELISTED
}
