package cloud.marketplace.onboarding.client.catalog;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** catalog-service's internal endpoints (service identity added by the platform). */
@FeignClient(name = "catalog", url = "${marketplace.peers.catalog-url}")
public interface CatalogClient {

    @PostMapping("/internal/catalog/categories/validation")
    CategoryValidation validateCategories(@RequestBody CategoryValidationRequest request);

    @GetMapping("/internal/catalog/providers/{providerId}/products/summary")
    ProductSummary productSummary(@PathVariable("providerId") String providerId);
}
