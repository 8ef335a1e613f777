package cloud.marketplace.catalog.product;

import java.util.List;

/** What a provider writes about a product: one revision's content. */
public record ProductContent(long categoryId, String name, String summary, String description, DeliveryType deliveryType,
                             List<PricePlan> pricePlans, Contact contact) {

    public ProductContent {
        pricePlans = List.copyOf(pricePlans);
    }
}
