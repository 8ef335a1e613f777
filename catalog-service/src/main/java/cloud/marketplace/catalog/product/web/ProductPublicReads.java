package cloud.marketplace.catalog.product.web;

import cloud.marketplace.platform.security.PublicEndpoints;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ProductPublicReads {

    /**
     * Listed products are public. Only a product id (a UUID) is open, so {@code /mine} and
     * {@code /under-review} still need a token. A valid token sent anyway is still read: its
     * provider sees its own products whatever their state.
     */
    @Bean
    PublicEndpoints listedProductsArePublic() {
        return PublicEndpoints.of(PublicEndpoints.get("/api/catalog/products"),
                PublicEndpoints.get("/api/catalog/products/{id:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}}"));
    }
}
