package cloud.marketplace.billing.deposit.web;

import cloud.marketplace.billing.deposit.DepositAccount;
import cloud.marketplace.billing.deposit.Deposits;
import cloud.marketplace.billing.deposit.LegacyDeposit;
import cloud.marketplace.billing.deposit.LegacyImport;
import cloud.marketplace.platform.BusinessCalendar;
import cloud.marketplace.platform.security.Caller;
import cloud.marketplace.platform.web.ProblemException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Deposit tiers")
class LegacyDepositController {

    private final Deposits deposits;
    private final BusinessCalendar calendar;

    LegacyDepositController(Deposits deposits, BusinessCalendar calendar) {
        this.deposits = deposits;
        this.calendar = calendar;
    }

    @PostMapping("/api/billing/legacy-deposits")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Import deposits paid before this system (ADMIN); below the tier they leave the account SHORTFALL")
    ImportResponse importDeposits(@Valid @RequestBody ImportRequest request, Caller caller) {
        LocalDate today = calendar.today();
        List<LegacyDeposit> deposits = request.deposits().stream().map(d -> {
            if (d.paidOn().isAfter(today)) {
                throw ProblemException.unprocessable("legacy-deposit-in-future",
                        "Legacy deposit of " + d.providerId() + " is dated " + d.paidOn() + ", after today.");
            }
            return new LegacyDeposit(d.providerId().strip(), d.paidFen(), d.paidOn());
        }).toList();
        LegacyImport result = this.deposits.importLegacy(deposits, caller.subject());
        return new ImportResponse(result.imported().stream().map(ImportedAccount::of).toList(), result.alreadyImported());
    }

    record ImportRequest(@NotEmpty @Size(max = 1000) List<@Valid @NotNull Item> deposits) {
    }

    record Item(@NotBlank @Size(max = 64) String providerId, @NotNull @Positive @Max(100_000_000_000L) Long paidFen,
                @NotNull LocalDate paidOn) {
    }

    record ImportResponse(List<ImportedAccount> imported, List<String> alreadyImported) {
    }

    record ImportedAccount(String providerId, long requiredFen, long paidFen, long shortfallFen, String status) {
        static ImportedAccount of(DepositAccount account) {
            return new ImportedAccount(account.providerId(), account.requiredFen(), account.paidFen(),
                    account.shortfallFen(), account.status().name());
        }
    }
}
