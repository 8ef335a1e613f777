package cloud.marketplace.onboarding.application.web;

import cloud.marketplace.onboarding.application.Agreement;
import cloud.marketplace.onboarding.application.AgreementCatalog;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Applications")
class AgreementController {

    private final AgreementCatalog agreements;

    AgreementController(AgreementCatalog agreements) {
        this.agreements = agreements;
    }

    @GetMapping("/api/onboarding/agreements")
    @Operation(summary = "The agreements in force, each to be accepted in its current version (public)")
    List<Agreement> inForce() {
        return agreements.agreements();
    }
}
