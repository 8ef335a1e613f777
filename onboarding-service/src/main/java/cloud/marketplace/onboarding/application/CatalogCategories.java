package cloud.marketplace.onboarding.application;

import cloud.marketplace.onboarding.client.PeerFailures;
import cloud.marketplace.onboarding.client.catalog.CatalogClient;
import cloud.marketplace.onboarding.client.catalog.CategoryValidation;
import cloud.marketplace.onboarding.client.catalog.CategoryValidationRequest;
import cloud.marketplace.platform.web.ProblemException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Asks catalog, in one call, whether the chosen categories may be chosen. Without catalog's
 * answer nothing is accepted: unavailable (down, slow, breaker open) is a 503 with Retry-After.
 */
@Component
class CatalogCategories {

    private static final Logger log = LoggerFactory.getLogger(CatalogCategories.class);
    static final Duration RETRY_AFTER = Duration.ofSeconds(30);

    private final CatalogClient catalog;

    CatalogCategories(CatalogClient catalog) {
        this.catalog = catalog;
    }

    CategoryVerdict check(List<Long> categoryIds) {
        if (categoryIds.isEmpty()) {
            return CategoryVerdict.allValid();
        }
        CategoryValidation answer;
        try {
            answer = catalog.validateCategories(new CategoryValidationRequest(categoryIds));
        } catch (RuntimeException e) {
            log.warn("Category validation failed: {}", e.toString());
            if (PeerFailures.answeredStatus(e).filter(status -> status < 500).isPresent()) {
                throw new ProblemException(502, "peer-refused", "Bad gateway",
                        "The category catalog refused to check the chosen categories; nothing was changed.");
            }
            throw ProblemException.unavailable("The category catalog", RETRY_AFTER);
        }
        if (answer == null || (!answer.valid() && answer.invalid().isEmpty())) {
            throw ProblemException.unavailable("The category catalog", RETRY_AFTER);
        }
        Map<Long, String> invalid = new LinkedHashMap<>();
        answer.invalid().forEach(category -> invalid.put(category.id(), category.reason()));
        return new CategoryVerdict(invalid);
    }
}
