package cloud.marketplace.onboarding.client.billing;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** billing-service's internal endpoints. */
@FeignClient(name = "billing", url = "${marketplace.peers.billing-url}")
public interface BillingClient {

    @GetMapping("/internal/billing/providers/{providerId}/deposit")
    DepositStatus deposit(@PathVariable("providerId") String providerId);
}
