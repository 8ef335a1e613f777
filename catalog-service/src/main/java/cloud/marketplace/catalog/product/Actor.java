package cloud.marketplace.catalog.product;

/** Who acts on a product: the provider (by its id) or an operator (by its account). */
public record Actor(String subject, boolean operator) {

    public static Actor provider(String providerId) {
        return new Actor(providerId, false);
    }

    public static Actor operator(String account) {
        return new Actor(account, true);
    }
}
