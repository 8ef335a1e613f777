package cloud.marketplace.onboarding;

import cloud.marketplace.platform.test.ServiceArchitecture;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void onboardingKeepsTheServiceLayering() {
        ServiceArchitecture.check("cloud.marketplace.onboarding");
    }
}
