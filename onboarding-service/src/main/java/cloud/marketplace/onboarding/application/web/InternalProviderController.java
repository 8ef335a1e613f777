package cloud.marketplace.onboarding.application.web;

import cloud.marketplace.onboarding.application.Application;
import cloud.marketplace.onboarding.application.ApplicationService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** For other services (service identity only): an approved provider's company data and licence e-copy. */
@RestController
@Tag(name = "Internal")
class InternalProviderController {

    private final ApplicationService applications;

    InternalProviderController(ApplicationService applications) {
        this.applications = applications;
    }

    @GetMapping("/internal/onboarding/providers/{providerId}")
    @Operation(summary = "The approved provider's company data (404 while the provider is not approved)")
    ApprovedProvider provider(@PathVariable String providerId) {
        Application a = applications.approved(providerId);
        return new ApprovedProvider(a.providerId(), a.id(), a.company().companyName(), a.company().creditCode(),
                a.form().businessLicenseNumber(), a.company().legalRepresentativeName(), a.form().categoryIds(),
                a.decidedAt());
    }

    @GetMapping("/internal/onboarding/providers/{providerId}/business-license")
    @Operation(summary = "The approved provider's business licence e-copy (ETag / Repr-Digest: its SHA-256)")
    ResponseEntity<byte[]> license(@PathVariable String providerId) {
        return LicenseResponses.of(applications.approvedLicense(providerId));
    }

    record ApprovedProvider(String providerId, String applicationId, String companyName, String creditCode,
                            String businessLicenseNumber, String legalRepresentativeName, List<Long> approvedCategoryIds,
                            Instant approvedAt) {
    }
}
