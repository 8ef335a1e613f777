package cloud.marketplace.billing.deposit.web;

import cloud.marketplace.billing.deposit.DepositAccount;
import cloud.marketplace.billing.deposit.Deposits;
import cloud.marketplace.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Deposit", description = "The provider's deposit (保证金) against the tier in force")
class DepositController {

    private final Deposits deposits;

    DepositController(Deposits deposits) {
        this.deposits = deposits;
    }

    @GetMapping("/api/billing/deposit")
    @PreAuthorize("hasRole('PROVIDER')")
    @Operation(summary = "My deposit: required by the tier in force, paid, status and what is still missing")
    DepositResponse mine(Caller caller) {
        return DepositResponse.of(deposits.account(caller.providerId()));
    }

    record DepositResponse(String providerId, long requiredFen, long paidFen, long shortfallFen, String status,
                           java.time.Instant statusSince) {
        static DepositResponse of(DepositAccount account) {
            return new DepositResponse(account.providerId(), account.requiredFen(), account.paidFen(),
                    account.shortfallFen(), account.status().name(), account.statusSince());
        }
    }
}
