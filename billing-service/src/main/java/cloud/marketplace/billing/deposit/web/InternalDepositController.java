package cloud.marketplace.billing.deposit.web;

import cloud.marketplace.billing.deposit.DepositAccount;
import cloud.marketplace.billing.deposit.Deposits;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** For other services (service identity only): a provider's deposit, for onboarding's overview. */
@RestController
class InternalDepositController {

    private final Deposits deposits;

    InternalDepositController(Deposits deposits) {
        this.deposits = deposits;
    }

    @GetMapping("/internal/billing/providers/{providerId}/deposit")
    @Operation(summary = "A provider's deposit; 404 when it has no account (not approved yet)")
    ProviderDeposit deposit(@PathVariable String providerId) {
        DepositAccount account = deposits.account(providerId);
        return new ProviderDeposit(account.providerId(), account.requiredFen(), account.paidFen(), account.status().name());
    }

    record ProviderDeposit(String providerId, long requiredFen, long paidFen, String status) {
    }
}
