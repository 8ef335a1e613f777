package cloud.marketplace.catalog;

import cloud.marketplace.platform.test.ServiceArchitecture;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void catalogKeepsTheServiceLayering() {
        ServiceArchitecture.check("cloud.marketplace.catalog");
    }
}
