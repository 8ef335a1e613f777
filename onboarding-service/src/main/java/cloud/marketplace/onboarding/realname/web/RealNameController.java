package cloud.marketplace.onboarding.realname.web;

import cloud.marketplace.onboarding.realname.EnterpriseIdentity;
import cloud.marketplace.onboarding.realname.RealNameService;
import cloud.marketplace.onboarding.realname.RealNameStatus;
import cloud.marketplace.onboarding.realname.RealNameVerification;
import cloud.marketplace.onboarding.realname.ValidCreditCode;
import cloud.marketplace.platform.security.Caller;
import cloud.marketplace.platform.web.ProblemException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/onboarding/real-name-verification")
@PreAuthorize("hasRole('PROVIDER')")
@Tag(name = "Real-name verification", description = "Enterprise real-name verification (企业实名认证) of the provider's company")
class RealNameController {

    private final RealNameService realNames;

    RealNameController(RealNameService realNames) {
        this.realNames = realNames;
    }

    @PostMapping
    @Operation(summary = "Verify the company with the enterprise-verification partner",
            description = "The verified company name becomes the application's company name (it cannot be typed there). "
                    + "A partner that is slow or down answers 503 with Retry-After, an unreadable answer 502; in both "
                    + "cases nothing is recorded.")
    @ApiResponse(responseCode = "200", description = "The partner's verdict: VERIFIED or FAILED (with its reason)")
    RealNameResponse verify(Caller caller, @Valid @RequestBody RealNameRequest request) {
        return RealNameResponse.of(realNames.verify(caller.providerId(), new EnterpriseIdentity(request.companyName(),
                request.creditCode(), request.legalRepresentativeName())));
    }

    @GetMapping
    @Operation(summary = "The provider's current real-name status (404 before the first verification)")
    RealNameResponse current(Caller caller) {
        return realNames.current(caller.providerId()).map(RealNameResponse::of)
                .orElseThrow(() -> ProblemException.notFound("The company has not been verified yet."));
    }

    record RealNameRequest(@NotBlank @Size(max = 200) String companyName,
                           @NotBlank @ValidCreditCode String creditCode,
                           @NotBlank @Size(max = 100) String legalRepresentativeName) {
    }

    record RealNameResponse(RealNameStatus status, String companyName, String creditCode, String legalRepresentativeName,
                            String reason, Instant checkedAt) {
        static RealNameResponse of(RealNameVerification v) {
            return new RealNameResponse(v.status(), v.companyName(), v.creditCode(), v.legalRepresentativeName(),
                    v.reason(), v.checkedAt());
        }
    }
}
