package cloud.marketplace.sandbox.tenpay;

import cloud.marketplace.sandbox.autopilot.Autopilot;
import cloud.marketplace.sandbox.bank.SandboxBank;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The sandbox Tenpay's enterprise accounts and their lifecycle. With autopilot on, Tenpay's own
 * steps happen after {@code stepDelayMs}: the super administrator's QR confirmation and the
 * document review, the bank account check (which pays a random 1–99 fen into the provider's
 * account through the sandbox bank), and the signing. The provider's steps (the bank account, the
 * amount read on its statement) always wait for the provider.
 */
@Component
class TenpayAccounts {

    static final int MAX_ATTEMPTS = 3;
    static final String TENPAY_ACCOUNT_NUMBER = "755900000000888";
    static final String TENPAY_ACCOUNT_NAME = "财付通支付科技有限公司";
    static final String MICRO_DEPOSIT_MEMO = "商企付账户验证";
    private static final Duration AMOUNT_DEADLINE = Duration.ofDays(3);
    private static final Logger log = LoggerFactory.getLogger(TenpayAccounts.class);

    private final Map<String, TenpayAccount> byId = new HashMap<>();
    private final Map<String, TenpayAccount> byRequestNo = new HashMap<>();
    private final Map<String, Instant> media = new HashMap<>();
    private final Autopilot autopilot;
    private final SandboxBank bank;
    private final Clock clock;
    private TenpayAccount.Plan defaultPlan = TenpayAccount.Plan.HAPPY;

    TenpayAccounts(Autopilot autopilot, SandboxBank bank, Clock clock) {
        this.autopilot = autopilot;
        this.bank = bank;
        this.clock = clock;
    }

    synchronized String newMedia() {
        String mediaId = "TM-" + UUID.randomUUID().toString().replace("-", "");
        media.put(mediaId, clock.instant());
        return mediaId;
    }

    synchronized Optional<Instant> mediaUploadedAt(String mediaId) {
        return Optional.ofNullable(mediaId == null ? null : media.get(mediaId));
    }

    /** A new registration, or — after a rejection — the same account registered again; otherwise 409. */
    synchronized TenpayAccount register(String outRequestNo, java.util.function.Consumer<TenpayAccount> fill) {
        TenpayAccount existing = byRequestNo.get(outRequestNo);
        if (existing != null && existing.state != TenpayState.REJECTED) {
            if (existing.state == TenpayState.REGISTERED) {
                return existing;
            }
            throw new TenpayError(409, "INVALID_STATE", "账户已注册，状态 " + existing.state);
        }
        Instant now = clock.instant();
        TenpayAccount account = existing != null ? existing
                : new TenpayAccount("TA" + UUID.randomUUID().toString().replace("-", "").substring(0, 18), outRequestNo, defaultPlan, now);
        fill.accept(account);
        account.state = TenpayState.REGISTERED;
        account.changedAt = now;
        account.rejections = List.of();
        byId.put(account.accountId, account);
        byRequestNo.put(outRequestNo, account);
        return account;
    }

    synchronized Optional<TenpayAccount> find(String accountId) {
        return Optional.ofNullable(byId.get(accountId));
    }

    synchronized List<TenpayAccount> all() {
        List<TenpayAccount> all = new ArrayList<>(byId.values());
        all.sort(Comparator.comparing((TenpayAccount a) -> a.changedAt).reversed());
        return all;
    }

    /** The provider's corporate account: in ACTIVATION, or to restart a locked verification. */
    synchronized TenpayAccount bankAccount(TenpayAccount account, String accountNumber, String accountName) {
        if (account.state != TenpayState.ACTIVATION && account.state != TenpayState.AMOUNT_VERIFICATION_LOCKED) {
            throw new TenpayError(409, "INVALID_STATE", "当前状态 " + account.state + " 不能提交银行账户");
        }
        account.bankAccountNumber = accountNumber;
        account.bankAccountName = accountName;
        account.microDepositFen = null;
        account.attemptsLeft = MAX_ATTEMPTS;
        moveTo(account, TenpayState.BANK_ACCOUNT_VERIFYING);
        return account;
    }

    /** The amount the provider read: right → SIGNING; wrong → one try less; the third wrong one locks. */
    synchronized String verifyAmount(TenpayAccount account, long amountFen) {
        if (account.state != TenpayState.AMOUNT_VERIFICATION) {
            throw new TenpayError(409, "INVALID_STATE", "当前状态 " + account.state + " 不能验证金额");
        }
        if (account.microDepositFen != null && account.microDepositFen == amountFen) {
            moveTo(account, TenpayState.SIGNING);
            return "VERIFIED";
        }
        account.attemptsLeft--;
        if (account.attemptsLeft <= 0) {
            moveTo(account, TenpayState.AMOUNT_VERIFICATION_LOCKED);
            return "LOCKED";
        }
        return "MISMATCH";
    }

    synchronized void advance(TenpayAccount account) {
        TenpayState next = account.state.next();
        if (next == null) {
            throw new IllegalStateException("Tenpay takes no step of its own in " + account.state + "; the provider does");
        }
        step(account, next);
    }

    synchronized void reject(TenpayAccount account, List<TenpayAccount.Reason> reasons) {
        account.rejections = reasons.isEmpty() ? List.of(new TenpayAccount.Reason("business_license_media_id", "营业执照不清晰"))
                : reasons;
        moveTo(account, TenpayState.REJECTED);
    }

    synchronized void plan(TenpayAccount account, TenpayAccount.Plan plan) {
        account.plan = plan;
    }

    synchronized void defaultPlan(TenpayAccount.Plan plan) {
        this.defaultPlan = plan;
    }

    synchronized TenpayAccount.Plan defaultPlan() {
        return defaultPlan;
    }

    @Scheduled(fixedDelay = 200)
    void autopilot() {
        if (!autopilot.enabled()) {
            return;
        }
        Instant now = clock.instant();
        Duration delay = Duration.ofMillis(autopilot.settings().stepDelayMs());
        List<TenpayAccount> deposits = new ArrayList<>();
        synchronized (this) {
            for (TenpayAccount account : byId.values()) {
                TenpayState next = account.state.next();
                if (next == null || now.isBefore(account.changedAt.plus(delay)) || account.state == account.plan.stopAt()) {
                    continue;
                }
                if (account.state == account.plan.rejectAt()) {
                    reject(account, account.plan.reasons());
                } else if (next == TenpayState.AMOUNT_VERIFICATION) {
                    deposits.add(account);
                } else {
                    moveTo(account, next);
                }
            }
        }
        deposits.forEach(this::payMicroDeposit);
    }

    private void step(TenpayAccount account, TenpayState next) {
        if (next == TenpayState.AMOUNT_VERIFICATION) {
            payMicroDeposit(account);
        } else {
            moveTo(account, next);
        }
    }

    /** The random small amount, paid into the provider's account: it shows on the bank statement, and nowhere else. */
    private void payMicroDeposit(TenpayAccount account) {
        long amount = ThreadLocalRandom.current().nextLong(1, 100);
        String accountNumber;
        String accountName;
        synchronized (this) {
            if (account.state != TenpayState.BANK_ACCOUNT_VERIFYING) {
                return;
            }
            account.microDepositFen = amount;
            account.amountDeadline = clock.instant().plus(AMOUNT_DEADLINE);
            accountNumber = account.bankAccountNumber;
            accountName = account.bankAccountName;
            moveTo(account, TenpayState.AMOUNT_VERIFICATION);
        }
        bank.transfer(TENPAY_ACCOUNT_NUMBER, TENPAY_ACCOUNT_NAME, accountNumber, accountName, amount, MICRO_DEPOSIT_MEMO);
    }

    private void moveTo(TenpayAccount account, TenpayState state) {
        if (state == TenpayState.ACTIVE) {
            account.merchantId = "T" + String.format("%010d", ThreadLocalRandom.current().nextLong(10_000_000_000L));
        }
        log.info("Tenpay account {} ({}): {} -> {}", account.accountId, account.outRequestNo, account.state, state);
        account.state = state;
        account.changedAt = clock.instant();
    }
}
