package cloud.marketplace.billing;

import cloud.marketplace.platform.test.ServiceArchitecture;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void billingKeepsTheServiceLayering() {
        ServiceArchitecture.check("cloud.marketplace.billing");
    }
}
