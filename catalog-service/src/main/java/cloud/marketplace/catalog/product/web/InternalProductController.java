package cloud.marketplace.catalog.product.web;

import cloud.marketplace.catalog.product.ProductLists;
import cloud.marketplace.catalog.product.Products;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** For other services (service identity only): onboarding's overview reads its PRODUCT task here. */
@RestController
class InternalProductController {

    private final Products products;

    InternalProductController(Products products) {
        this.products = products;
    }

    @GetMapping("/internal/catalog/providers/{providerId}/products/summary")
    @Operation(summary = "How many products the provider has, how many are listed, how many wait for review")
    ProductLists.ProviderProductCounts summary(@PathVariable @Size(max = 64) String providerId) {
        return products.countsOf(providerId);
    }
}
