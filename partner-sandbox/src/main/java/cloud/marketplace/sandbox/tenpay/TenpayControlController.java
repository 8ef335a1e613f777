package cloud.marketplace.sandbox.tenpay;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Control calls for the sandbox's Tenpay: see, move, reject or stop enterprise accounts. */
@RestController
@RequestMapping("/sandbox/tenpay")
class TenpayControlController {

    private final TenpayAccounts accounts;

    TenpayControlController(TenpayAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/accounts")
    List<AccountSummary> all() {
        return accounts.all().stream().map(AccountSummary::of).toList();
    }

    @GetMapping("/accounts/{accountId}")
    AccountSummary one(@PathVariable String accountId) {
        return AccountSummary.of(find(accountId));
    }

    /** Tenpay's next own step now: confirm + review, pay the micro-deposit, or record the signature. */
    @PostMapping("/accounts/{accountId}/advance")
    AccountSummary advance(@PathVariable String accountId) {
        TenpayAccount account = find(accountId);
        try {
            accounts.advance(account);
        } catch (IllegalStateException e) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, e.getMessage());
        }
        return AccountSummary.of(account);
    }

    @PostMapping("/accounts/{accountId}/reject")
    AccountSummary reject(@PathVariable String accountId, @Valid @RequestBody(required = false) RejectRequest request) {
        TenpayAccount account = find(accountId);
        accounts.reject(account, request == null ? List.of()
                : request.reasons().stream().map(r -> new TenpayAccount.Reason(r.field(), r.reason())).toList());
        return AccountSummary.of(account);
    }

    @PutMapping("/accounts/{accountId}/plan")
    AccountSummary plan(@PathVariable String accountId, @Valid @RequestBody PlanRequest request) {
        TenpayAccount account = find(accountId);
        accounts.plan(account, request.toPlan());
        return AccountSummary.of(account);
    }

    @PutMapping("/plan")
    PlanRequest defaultPlan(@Valid @RequestBody PlanRequest request) {
        accounts.defaultPlan(request.toPlan());
        return request;
    }

    @GetMapping("/plan")
    PlanRequest defaultPlan() {
        return PlanRequest.of(accounts.defaultPlan());
    }

    private TenpayAccount find(String accountId) {
        return accounts.find(accountId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no account " + accountId));
    }

    record ReasonBody(@NotBlank @Size(max = 64) String field, @NotBlank @Size(max = 256) String reason) {
    }

    record RejectRequest(List<@Valid ReasonBody> reasons) {
        RejectRequest {
            reasons = reasons == null ? List.of() : reasons;
        }
    }

    record PlanRequest(TenpayState stopAt, TenpayState rejectAt, List<@Valid ReasonBody> reasons) {
        TenpayAccount.Plan toPlan() {
            return new TenpayAccount.Plan(stopAt, rejectAt, reasons == null ? List.of()
                    : reasons.stream().map(r -> new TenpayAccount.Reason(r.field(), r.reason())).toList());
        }

        static PlanRequest of(TenpayAccount.Plan plan) {
            return new PlanRequest(plan.stopAt(), plan.rejectAt(),
                    plan.reasons().stream().map(r -> new ReasonBody(r.field(), r.reason())).toList());
        }
    }

    /** The micro-deposit amount is deliberately absent: it is on the provider's bank statement only. */
    record AccountSummary(String accountId, String outRequestNo, String companyName, TenpayState state, Instant changedAt,
                          String bankAccountNumber, int attemptsLeft, String merchantId, PlanRequest plan) {
        static AccountSummary of(TenpayAccount a) {
            return new AccountSummary(a.accountId, a.outRequestNo, a.companyName, a.state, a.changedAt, a.bankAccountNumber,
                    Math.max(0, a.attemptsLeft), a.merchantId, PlanRequest.of(a.plan));
        }
    }
}
