package cloud.marketplace.merchant.client.onboarding;

import feign.FeignException;
import java.util.Optional;
import org.springframework.cloud.client.circuitbreaker.NoFallbackAvailableException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Calls onboarding-service and tells "onboarding does not know this approved provider" (empty)
 * apart from "onboarding did not answer" (the exception propagates: 503 for the caller).
 */
@Component
public class OnboardingPeer {

    private final OnboardingClient client;

    OnboardingPeer(OnboardingClient client) {
        this.client = client;
    }

    public Optional<OnboardingProvider> provider(String providerId) {
        return absentOn404Or409(() -> client.provider(providerId));
    }

    public Optional<byte[]> businessLicense(String providerId) {
        return absentOn404Or409(() -> {
            ResponseEntity<byte[]> answer = client.businessLicense(providerId);
            return answer.getBody();
        });
    }

    private static <T> Optional<T> absentOn404Or409(java.util.function.Supplier<T> call) {
        try {
            return Optional.ofNullable(call.get());
        } catch (FeignException e) {
            if (e.status() == 404 || e.status() == 409) {
                return Optional.empty();
            }
            throw e;
        } catch (NoFallbackAvailableException e) {
            if (e.getCause() instanceof FeignException feign && (feign.status() == 404 || feign.status() == 409)) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
