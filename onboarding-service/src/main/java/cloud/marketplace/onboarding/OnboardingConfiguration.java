package cloud.marketplace.onboarding;

import cloud.marketplace.platform.security.PublicEndpoints;
import cloud.marketplace.platform.sensitive.FieldCipher;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.openfeign.CircuitBreakerNameResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OnboardingConfiguration {

    @Bean
    PublicEndpoints onboardingPublicReads() {
        return PublicEndpoints.of(PublicEndpoints.get("/api/onboarding/agreements"),
                PublicEndpoints.get("/api/onboarding/stores/*/profile"));
    }

    /**
     * Names each peer call's breaker, time limiter and bulkhead {@code <feign client><Method>}
     * (e.g. {@code merchantProviderStatus}), so application.yml can set them per call.
     */
    @Bean
    CircuitBreakerNameResolver peerCallNames() {
        return (clientName, target, method) -> clientName + Character.toUpperCase(method.getName().charAt(0))
                + method.getName().substring(1);
    }

    @Bean
    FieldCipher fieldCipher(@Value("${marketplace.onboarding.field-key}") String key) {
        return new FieldCipher(key);
    }
}
