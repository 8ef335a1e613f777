package cloud.marketplace.catalog.product;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The review standards (审核标准): the checklist an operator marks for every product review.
 * Configured under {@code marketplace.catalog.review-standards.checklist}; an approval needs
 * every item marked as passed, and the marks of every review are recorded with it.
 */
@Validated
@ConfigurationProperties("marketplace.catalog.review-standards")
public record ReviewStandards(@NotEmpty List<@Valid Item> checklist) {

    public record Item(@NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{0,39}") String code, @NotBlank String description) {
    }

    public ReviewStandards {
        checklist = checklist == null ? List.of() : List.copyOf(checklist);
        if (checklist.stream().map(Item::code).distinct().count() != checklist.size()) {
            throw new IllegalArgumentException("review-standards checklist codes must be unique");
        }
    }

    public boolean has(String code) {
        return checklist.stream().anyMatch(item -> item.code().equals(code));
    }
}
