package cloud.marketplace.sandbox.realname;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Plays the enterprise real-name verification partner (企业实名认证) that onboarding-service asks,
 * and the control that makes it fail a particular company.
 */
@RestController
class RealNameController {

    private final RealNameRegistry registry;

    RealNameController(RealNameRegistry registry) {
        this.registry = registry;
    }

    /** The partner's API: is this company registered with this credit code and legal representative? */
    @PostMapping("/realname/v1/enterprise-verifications")
    RealNameRegistry.Verdict verify(@Valid @RequestBody VerificationRequest request) {
        return registry.verify(request.companyName(), request.creditCode());
    }

    /** Control: answer VERIFIED or FAIL (with a reason) for this company from now on. */
    @PutMapping("/sandbox/realname/companies/{creditCode}")
    RealNameRegistry.Instruction instruct(@PathVariable String creditCode, @Valid @RequestBody InstructionRequest request) {
        RealNameRegistry.Instruction instruction = new RealNameRegistry.Instruction(request.outcome(), request.reason());
        registry.instruct(creditCode, instruction);
        return instruction;
    }

    @GetMapping("/sandbox/realname/companies/{creditCode}")
    RealNameRegistry.Instruction instruction(@PathVariable String creditCode) {
        return registry.instructionFor(creditCode)
                .orElse(new RealNameRegistry.Instruction(RealNameRegistry.Outcome.VERIFIED, null));
    }

    record VerificationRequest(@NotBlank @Size(max = 200) String companyName, @NotBlank String creditCode,
                               @NotBlank @Size(max = 100) String legalRepresentativeName) {
    }

    record InstructionRequest(@NotNull RealNameRegistry.Outcome outcome, @Size(max = 500) String reason) {
    }
}
