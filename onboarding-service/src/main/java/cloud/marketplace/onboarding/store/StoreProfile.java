package cloud.marketplace.onboarding.store;

import java.util.List;

/** What buyers see of the provider's store: name, introduction, customer-service contacts, featured products. */
public record StoreProfile(String name, String introduction, CustomerService customerService, List<String> featuredProducts) {

    public static final int MAX_FEATURED_PRODUCTS = 5;

    public StoreProfile {
        featuredProducts = featuredProducts == null ? List.of() : List.copyOf(featuredProducts);
    }

    public record CustomerService(String phone, String email, String hours) {
    }
}
