package cloud.marketplace.billing.ledger.web;

import cloud.marketplace.billing.ledger.Balance;
import cloud.marketplace.billing.ledger.CommissionLedger;
import cloud.marketplace.billing.ledger.Statement;
import cloud.marketplace.platform.BusinessCalendar;
import cloud.marketplace.platform.security.Caller;
import cloud.marketplace.platform.web.ProblemException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Earnings", description = "Balance and monthly statements of the commission ledger")
class LedgerController {

    private final CommissionLedger ledger;

    LedgerController(CommissionLedger ledger) {
        this.ledger = ledger;
    }

    @GetMapping("/api/billing/balance")
    @PreAuthorize("hasRole('PROVIDER')")
    @Operation(summary = "My earnings: pending (orders still in the review window, 复议期) and withdrawable")
    BalanceResponse balance(Caller caller) {
        Balance balance = ledger.balance(caller.providerId());
        return new BalanceResponse(balance.providerId(), balance.pendingFen(), balance.withdrawableFen(), balance.totalFen());
    }

    @GetMapping("/api/billing/statements/{month}")
    @PreAuthorize("hasRole('PROVIDER')")
    @Operation(summary = "My statement of a month (yyyy-MM, Asia/Shanghai): orders, refunds, platform fee and net earnings")
    StatementResponse statement(@PathVariable String month, Caller caller) {
        YearMonth yearMonth;
        try {
            yearMonth = YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("validation", "The month must be written yyyy-MM, was '" + month + "'.");
        }
        Statement s = ledger.statement(caller.providerId(), yearMonth);
        return new StatementResponse(s.providerId(), s.month().toString(), BusinessCalendar.ZONE.getId(), s.from(), s.until(),
                s.orders(), s.refunds(), s.withdrawals(), s.feesFen(), s.netFen());
    }

    record BalanceResponse(String providerId, long pendingFen, long withdrawableFen, long totalFen) {
    }

    record StatementResponse(String providerId, String month, String timeZone, Instant from, Instant until,
                             Statement.Totals orders, Statement.Totals refunds, Statement.Totals withdrawals,
                             long feesFen, long netFen) {
    }
}
