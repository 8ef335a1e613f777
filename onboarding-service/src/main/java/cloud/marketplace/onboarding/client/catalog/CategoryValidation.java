package cloud.marketplace.onboarding.client.catalog;

import java.util.List;

/** catalog's answer: {@code valid} when every id is an enabled level-1 category; otherwise what is wrong with each. */
public record CategoryValidation(boolean valid, List<InvalidCategory> invalid) {

    public CategoryValidation {
        invalid = invalid == null ? List.of() : List.copyOf(invalid);
    }

    /** {@code reason}: NOT_FOUND, NOT_LEVEL_1 or DISABLED (kept as text: a new reason must not break us). */
    public record InvalidCategory(long id, String reason) {
    }
}
