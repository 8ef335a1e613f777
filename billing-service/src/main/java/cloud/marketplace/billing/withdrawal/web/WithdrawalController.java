package cloud.marketplace.billing.withdrawal.web;

import cloud.marketplace.billing.withdrawal.Withdrawal;
import cloud.marketplace.billing.withdrawal.Withdrawals;
import cloud.marketplace.platform.security.Caller;
import cloud.marketplace.platform.web.Page;
import cloud.marketplace.platform.web.PageQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.net.URI;
import java.time.Instant;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Withdrawals", description = "Withdrawals (提现) of earnings to the settlement account")
class WithdrawalController {

    private final Withdrawals withdrawals;

    WithdrawalController(Withdrawals withdrawals) {
        this.withdrawals = withdrawals;
    }

    @PostMapping("/api/billing/withdrawals")
    @PreAuthorize("hasRole('PROVIDER')")
    @Operation(summary = "Withdraw earnings (Idempotency-Key required): needs the deposit at the tier, an active merchant "
            + "account and enough withdrawable balance; 422 names every blocking reason, 503 when merchant-service is down")
    ResponseEntity<WithdrawalResponse> withdraw(@RequestHeader("Idempotency-Key") String idempotencyKey,
                                                @Valid @RequestBody WithdrawalRequest request, Caller caller) {
        Withdrawal withdrawal = withdrawals.request(caller.providerId(), request.amountFen());
        return ResponseEntity.created(URI.create("/api/billing/withdrawals/" + withdrawal.id()))
                .body(WithdrawalResponse.of(withdrawal));
    }

    @GetMapping("/api/billing/withdrawals")
    @PreAuthorize("hasRole('PROVIDER')")
    @Operation(summary = "My withdrawals, latest first")
    Page<WithdrawalResponse> list(@Valid PageQuery page, Caller caller) {
        Page<Withdrawal> found = withdrawals.list(caller.providerId(), page);
        return new Page<>(found.items().stream().map(WithdrawalResponse::of).toList(), found.page(), found.size(),
                found.totalItems());
    }

    @GetMapping("/api/billing/withdrawals/{id}")
    @PreAuthorize("hasRole('PROVIDER')")
    @Operation(summary = "One of my withdrawals")
    WithdrawalResponse one(@PathVariable String id, Caller caller) {
        return WithdrawalResponse.of(withdrawals.get(caller.providerId(), id));
    }

    record WithdrawalRequest(@NotNull @Positive @Max(100_000_000_000L) Long amountFen) {
    }

    record WithdrawalResponse(String id, long amountFen, String status, String channel, String bankName,
                              String accountName, String accountNumber, String failure, Instant requestedAt,
                              Instant completedAt) {
        static WithdrawalResponse of(Withdrawal w) {
            return new WithdrawalResponse(w.id(), w.amountFen(), w.status().name(), w.channel().name(), w.bankName(),
                    w.accountName(), w.accountNumberMasked(), w.failure(), w.requestedAt(), w.completedAt());
        }
    }
}
