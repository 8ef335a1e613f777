package cloud.marketplace.onboarding.application;

import java.util.Map;

/** What catalog said of the chosen categories: the invalid ones with their reason (NOT_FOUND, NOT_LEVEL_1, DISABLED). */
public record CategoryVerdict(Map<Long, String> invalid) {

    public CategoryVerdict {
        invalid = Map.copyOf(invalid);
    }

    public static CategoryVerdict allValid() {
        return new CategoryVerdict(Map.of());
    }
}
