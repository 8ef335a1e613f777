package cloud.marketplace.onboarding.client.merchant;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** merchant-service's internal endpoints. */
@FeignClient(name = "merchant", url = "${marketplace.peers.merchant-url}")
public interface MerchantClient {

    @GetMapping("/internal/merchants/providers/{providerId}/status")
    MerchantStatus providerStatus(@PathVariable("providerId") String providerId);
}
