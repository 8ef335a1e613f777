package cloud.marketplace.platform.events;

import cloud.marketplace.contracts.events.ProviderApproved;
import java.time.Instant;
import java.util.List;

final class SampleApprovals {

    static final Instant APPROVED_AT = Instant.parse("2026-11-02T03:04:05.123456Z");

    static ProviderApproved approval(String providerId) {
        return ProviderApproved.of(APPROVED_AT, providerId, "app-" + providerId, "深圳市云端科技有限公司",
                "91440300MA5FUYKT8X", "91440300MA5FUYKT8X", List.of(101L, 102L), APPROVED_AT, "operator-1");
    }

    private SampleApprovals() {
    }
}
