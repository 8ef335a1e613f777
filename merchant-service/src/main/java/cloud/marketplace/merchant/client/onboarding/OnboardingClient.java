package cloud.marketplace.merchant.client.onboarding;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** onboarding-service's internal endpoints for an approved provider's company data and licence e-copy. */
@FeignClient(name = "onboarding")
public interface OnboardingClient {

    @GetMapping("/internal/onboarding/providers/{providerId}")
    OnboardingProvider provider(@PathVariable("providerId") String providerId);

    /** The licence e-copy's bytes (content type image/jpeg or image/png). */
    @GetMapping("/internal/onboarding/providers/{providerId}/business-license")
    ResponseEntity<byte[]> businessLicense(@PathVariable("providerId") String providerId);
}
