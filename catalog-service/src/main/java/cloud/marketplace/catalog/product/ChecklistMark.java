package cloud.marketplace.catalog.product;

/** An operator's mark on one item of the review standards. */
public record ChecklistMark(String code, boolean passed) {
}
