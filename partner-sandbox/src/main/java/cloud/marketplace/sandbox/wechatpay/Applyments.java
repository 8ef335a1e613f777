package cloud.marketplace.sandbox.wechatpay;

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
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The sandbox WeChat Pay's merchant applications and their lifecycle. With autopilot on, each
 * moves one happy-path step after {@code stepDelayMs} (review → remittance requested → the
 * provider's bank remits → signed → FINISH); with autopilot off it waits for a control call, or
 * for the provider's bank transfer in ACCOUNT_NEED_VERIFY. A plan makes one stop, or be rejected
 * or frozen, at a given state.
 */
@Component
class Applyments implements SandboxBank.TransferListener {

    /** Where providers remit for the account verification (财付通's collection account). */
    static final String COLLECTION_ACCOUNT_NUMBER = "755915678710001";
    static final String COLLECTION_ACCOUNT_NAME = "财付通支付科技有限公司";
    static final String COLLECTION_BANK = "招商银行深圳分行";
    static final String CITY = "深圳";
    private static final Duration REMITTANCE_DEADLINE = Duration.ofDays(3);
    private static final Logger log = LoggerFactory.getLogger(Applyments.class);

    private final Map<Long, Applyment> byId = new HashMap<>();
    private final Map<String, Applyment> byRequestNo = new HashMap<>();
    private final Map<String, Boolean> media = new HashMap<>();
    private final AtomicLong ids = new AtomicLong(2_000_002_100_000_000L);
    private final Autopilot autopilot;
    private final SandboxBank bank;
    private final Clock clock;
    private Applyment.Plan defaultPlan = Applyment.Plan.HAPPY;

    Applyments(Autopilot autopilot, SandboxBank bank, Clock clock) {
        this.autopilot = autopilot;
        this.bank = bank;
        this.clock = clock;
    }

    synchronized String newMedia() {
        String mediaId = "SBX-" + java.util.UUID.randomUUID().toString().replace("-", "");
        media.put(mediaId, true);
        return mediaId;
    }

    synchronized boolean knowsMedia(String mediaId) {
        return mediaId != null && media.containsKey(mediaId);
    }

    /** A new application, or — for a rejected one with the same out_request_no — the same one, resubmitted. */
    synchronized Applyment submit(String outRequestNo, java.util.function.Consumer<Applyment> fill) {
        Applyment existing = byRequestNo.get(outRequestNo);
        Instant now = clock.instant();
        if (existing != null && existing.state != ApplymentState.REJECTED) {
            return existing;
        }
        Applyment applyment = existing != null ? existing : new Applyment(ids.incrementAndGet(), outRequestNo, defaultPlan, now);
        fill.accept(applyment);
        applyment.state = ApplymentState.CHECKING;
        applyment.changedAt = now;
        applyment.rejections = List.of();
        applyment.remittance = null;
        applyment.signUrl = null;
        byId.put(applyment.applymentId, applyment);
        byRequestNo.put(outRequestNo, applyment);
        return applyment;
    }

    synchronized Optional<Applyment> find(long applymentId) {
        return Optional.ofNullable(byId.get(applymentId));
    }

    synchronized Optional<Applyment> findByRequestNo(String outRequestNo) {
        return Optional.ofNullable(byRequestNo.get(outRequestNo));
    }

    synchronized List<Applyment> all() {
        List<Applyment> all = new ArrayList<>(byId.values());
        all.sort(Comparator.comparing((Applyment a) -> a.changedAt).reversed());
        return all;
    }

    synchronized Applyment.Plan defaultPlan() {
        return defaultPlan;
    }

    synchronized void defaultPlan(Applyment.Plan plan) {
        this.defaultPlan = plan;
    }

    synchronized void plan(Applyment applyment, Applyment.Plan plan) {
        applyment.plan = plan;
    }

    /** The next happy-path step now, whatever the plan and the autopilot say (a control call). */
    synchronized void advance(Applyment applyment) {
        ApplymentState next = applyment.state.next();
        if (next == null) {
            throw new IllegalStateException("an application in " + applyment.state + " has no next step");
        }
        moveTo(applyment, next);
    }

    synchronized void reject(Applyment applyment, List<Applyment.Reason> reasons) {
        applyment.rejections = reasons.isEmpty() ? List.of(new Applyment.Reason("business_license_copy", "营业执照照片不清晰")) : reasons;
        moveTo(applyment, ApplymentState.REJECTED);
    }

    synchronized void freeze(Applyment applyment) {
        moveTo(applyment, ApplymentState.FROZEN);
    }

    synchronized void cancel(Applyment applyment) {
        moveTo(applyment, ApplymentState.CANCELED);
    }

    /** A remittance from the provider's settlement account, of the asked amount, with the asked memo, confirms the account. */
    @Override
    public synchronized void transferred(SandboxBank.Transfer transfer) {
        if (!COLLECTION_ACCOUNT_NUMBER.equals(transfer.toAccountNumber())) {
            return;
        }
        for (Applyment applyment : byId.values()) {
            if (applyment.state == ApplymentState.ACCOUNT_NEED_VERIFY && applyment.remittance != null
                    && transfer.fromAccountNumber().equals(applyment.settlementAccountNumber)
                    && transfer.amountFen() == applyment.remittance.amountFen()
                    && applyment.remittance.memo().equals(transfer.memo())
                    && !clock.instant().isAfter(applyment.remittance.deadline())) {
                log.info("Remittance {} confirms the account of applyment {}", transfer.transferId(), applyment.applymentId);
                moveTo(applyment, ApplymentState.NEED_SIGN);
            }
        }
    }

    @Scheduled(fixedDelay = 200)
    void autopilot() {
        if (!autopilot.enabled()) {
            return;
        }
        Instant now = clock.instant();
        Duration delay = Duration.ofMillis(autopilot.settings().stepDelayMs());
        List<Applyment> remit = new ArrayList<>();
        synchronized (this) {
            for (Applyment applyment : byId.values()) {
                if (applyment.state.next() == null || now.isBefore(applyment.changedAt.plus(delay))) {
                    continue;
                }
                Applyment.Plan plan = applyment.plan;
                if (applyment.state == plan.stopAt()) {
                    continue;
                }
                if (applyment.state == plan.rejectAt()) {
                    reject(applyment, plan.reasons());
                } else if (applyment.state == plan.freezeAt()) {
                    freeze(applyment);
                } else if (applyment.state == ApplymentState.ACCOUNT_NEED_VERIFY) {
                    remit.add(applyment);
                } else {
                    moveTo(applyment, applyment.state.next());
                }
            }
        }
        // the provider's bank remits (outside the lock: the bank calls back into transferred)
        for (Applyment applyment : remit) {
            bank.transfer(applyment.settlementAccountNumber, applyment.settlementAccountName, COLLECTION_ACCOUNT_NUMBER,
                    COLLECTION_ACCOUNT_NAME, applyment.remittance.amountFen(), applyment.remittance.memo());
        }
    }

    private void moveTo(Applyment applyment, ApplymentState state) {
        Instant now = clock.instant();
        if (state == ApplymentState.ACCOUNT_NEED_VERIFY) {
            applyment.remittance = new Applyment.Remittance(ThreadLocalRandom.current().nextLong(1, 100),
                    "入驻账户验证" + ThreadLocalRandom.current().nextInt(1000, 10000), now.plus(REMITTANCE_DEADLINE));
        }
        if (state == ApplymentState.NEED_SIGN) {
            applyment.signUrl = "https://pay.weixin.qq.com/public/apply4ec_sign/s?applymentId=" + applyment.applymentId
                    + "&sign=sandbox";
        }
        if (state == ApplymentState.FINISH) {
            applyment.subMchid = "19" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        }
        log.info("WeChat Pay applyment {} ({}): {} -> {}", applyment.applymentId, applyment.outRequestNo, applyment.state, state);
        applyment.state = state;
        applyment.changedAt = now;
    }
}
