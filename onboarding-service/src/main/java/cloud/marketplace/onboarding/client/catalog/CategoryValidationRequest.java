package cloud.marketplace.onboarding.client.catalog;

import java.util.List;

public record CategoryValidationRequest(List<Long> categoryIds) {
}
