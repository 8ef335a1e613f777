package cloud.marketplace.merchant;

import cloud.marketplace.platform.test.ServiceArchitecture;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void merchantKeepsTheServiceLayering() {
        ServiceArchitecture.check("cloud.marketplace.merchant");
    }
}
