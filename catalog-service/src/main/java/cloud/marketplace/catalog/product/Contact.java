package cloud.marketplace.catalog.product;

/** Whom buyers contact about the product. */
public record Contact(String name, String phone, String email) {
}
