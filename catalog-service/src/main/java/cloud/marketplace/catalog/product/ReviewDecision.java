package cloud.marketplace.catalog.product;

public enum ReviewDecision {
    APPROVED,
    REJECTED
}
