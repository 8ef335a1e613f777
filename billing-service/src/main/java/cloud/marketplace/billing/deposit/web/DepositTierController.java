package cloud.marketplace.billing.deposit.web;

import cloud.marketplace.billing.deposit.DepositTier;
import cloud.marketplace.billing.deposit.Deposits;
import cloud.marketplace.platform.BusinessCalendar;
import cloud.marketplace.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Deposit tiers", description = "The deposit tier (档位) in force and its history")
class DepositTierController {

    private final Deposits deposits;
    private final Clock clock;

    DepositTierController(Deposits deposits, Clock clock) {
        this.deposits = deposits;
        this.clock = clock;
    }

    @GetMapping("/api/billing/deposit-tier")
    @Operation(summary = "The tier in force and every tier ever set, latest first")
    TierOverview current() {
        return overview();
    }

    @PutMapping("/api/billing/deposit-tier")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Set the tier from a day on (Asia/Shanghai, today or later); accounts below it fall short (ADMIN)")
    TierOverview change(@Valid @RequestBody TierChange request, Caller caller) {
        deposits.changeTier(request.amountFen(), request.effectiveFrom(), caller.subject());
        return overview();
    }

    private TierOverview overview() {
        Instant now = clock.instant();
        return new TierOverview(TierResponse.of(deposits.tierInForce(), now),
                deposits.tiers().stream().map(tier -> TierResponse.of(tier, now)).toList());
    }

    record TierChange(@NotNull @Positive @Max(100_000_000_000L) Long amountFen, @NotNull LocalDate effectiveFrom) {
    }

    record TierOverview(TierResponse inForce, List<TierResponse> history) {
    }

    record TierResponse(long id, long amountFen, LocalDate effectiveFrom, Instant effectiveFromInstant, boolean effective,
                        String createdBy, Instant createdAt) {
        static TierResponse of(DepositTier tier, Instant now) {
            return new TierResponse(tier.id(), tier.amountFen(), BusinessCalendar.dateOf(tier.effectiveFrom()),
                    tier.effectiveFrom(), tier.inForceBy(now), tier.createdBy(), tier.createdAt());
        }
    }
}
