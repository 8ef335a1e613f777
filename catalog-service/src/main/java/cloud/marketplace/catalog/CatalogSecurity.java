package cloud.marketplace.catalog;

import cloud.marketplace.platform.security.PublicEndpoints;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CatalogSecurity {

    @Bean
    PublicEndpoints catalogPublicReads() {
        return PublicEndpoints.of(PublicEndpoints.get("/api/catalog/categories"), PublicEndpoints.get("/api/catalog/categories/*"));
    }
}
