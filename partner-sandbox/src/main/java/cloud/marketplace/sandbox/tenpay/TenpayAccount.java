package cloud.marketplace.sandbox.tenpay;

import java.time.Instant;
import java.util.List;

/** One enterprise account as the sandbox's Tenpay holds it (sensitive fields decrypted). Mutable under {@link TenpayAccounts}' lock. */
final class TenpayAccount {

    record Reason(String field, String reason) {
    }

    /** Where the autopilot stops or rejects this account instead of moving it on. */
    record Plan(TenpayState stopAt, TenpayState rejectAt, List<Reason> reasons) {
        static final Plan HAPPY = new Plan(null, null, List.of());
    }

    final String accountId;
    final String outRequestNo;
    String companyName;
    String businessLicenseNumber;
    String legalRepresentativeName;
    String superAdminName;
    TenpayState state = TenpayState.REGISTERED;
    Instant changedAt;
    String bankAccountNumber;
    String bankAccountName;
    Long microDepositFen;
    int attemptsLeft = TenpayAccounts.MAX_ATTEMPTS;
    Instant amountDeadline;
    String merchantId;
    List<Reason> rejections = List.of();
    Plan plan;

    TenpayAccount(String accountId, String outRequestNo, Plan plan, Instant now) {
        this.accountId = accountId;
        this.outRequestNo = outRequestNo;
        this.plan = plan;
        this.changedAt = now;
    }

    String adminConfirmUrl() {
        return "https://pay.tenpay.com/sandbox/confirm/" + accountId;
    }

    String signUrl() {
        return "https://pay.tenpay.com/sandbox/sign/" + accountId;
    }
}
