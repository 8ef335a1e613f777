package cloud.marketplace.billing.deposit;

import cloud.marketplace.platform.BusinessCalendar;
import cloud.marketplace.platform.events.Outbox;
import cloud.marketplace.platform.web.ProblemException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deposit accounts and tiers. An account is opened for every approved provider at the tier in
 * force; money received (channel payments, legacy deposits) and tier changes move it between
 * {@code UNPAID}, {@code PAID} and {@code SHORTFALL}, publishing what catalog and others need.
 */
@Service
public class Deposits {

    private static final Logger log = LoggerFactory.getLogger(Deposits.class);

    private final DepositRepository repository;
    private final Outbox outbox;
    private final Clock clock;
    private final BusinessCalendar calendar;

    Deposits(DepositRepository repository, Outbox outbox, Clock clock, BusinessCalendar calendar) {
        this.repository = repository;
        this.outbox = outbox;
        this.clock = clock;
        this.calendar = calendar;
    }

    /** Opens the provider's account at the tier in force; a second call changes nothing. */
    @Transactional
    public void open(String providerId) {
        Instant now = clock.instant();
        if (repository.insert(DepositAccount.open(providerId, repository.tierInForce(now).amountFen(), now))) {
            log.info("Deposit account opened for provider {}", providerId);
        }
    }

    @Transactional(readOnly = true)
    public Optional<DepositAccount> find(String providerId) {
        return repository.find(providerId);
    }

    public DepositAccount account(String providerId) {
        return find(providerId).orElseThrow(() -> ProblemException.notFound(
                "No deposit account for provider " + providerId + ": accounts are opened when a provider is approved."));
    }

    /** Locks the account for the rest of the caller's transaction (payments reserve against it). */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<DepositAccount> lock(String providerId) {
        return repository.lock(providerId);
    }

    /** Credits money received to the account, inside the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public DepositAccount credit(String providerId, long fen) {
        DepositAccount account = repository.lock(providerId).orElseThrow(() ->
                new IllegalStateException("no deposit account for provider " + providerId));
        return save(account.credit(fen, clock.instant()));
    }

    public DepositTier tierInForce() {
        return repository.tierInForce(clock.instant());
    }

    public List<DepositTier> tiers() {
        return repository.tiers();
    }

    /**
     * Adds a tier in force from the start of {@code effectiveFrom} (Asia/Shanghai). A tier
     * effective today applies to every account at once; a later one when its day comes.
     */
    @Transactional
    public DepositTier changeTier(long amountFen, LocalDate effectiveFrom, String by) {
        LocalDate today = calendar.today();
        if (effectiveFrom.isBefore(today)) {
            throw ProblemException.unprocessable("tier-effective-date-in-past",
                    "A tier can take effect today (" + today + ") or later, not on " + effectiveFrom + ".")
                    .with("field", "effectiveFrom");
        }
        DepositTier tier = repository.insertTier(amountFen, effectiveFrom.atStartOfDay(BusinessCalendar.ZONE).toInstant(),
                clock.instant(), by);
        applyDueTiers();
        return repository.tiers().stream().filter(t -> t.id() == tier.id()).findFirst().orElseThrow();
    }

    /** Brings every account to the tier in force once a new tier has become effective. */
    @Transactional
    public int applyDueTiers() {
        Instant now = clock.instant();
        List<DepositTier> due = repository.dueUnapplied(now);
        if (due.isEmpty()) {
            return 0;
        }
        long tier = repository.tierInForce(now).amountFen();
        int changed = 0;
        for (DepositAccount account : repository.lockAll()) {
            if (account.requiredFen() != tier) {
                save(account.requireTier(tier, now));
                changed++;
            }
        }
        repository.markApplied(due, now);
        log.info("Deposit tier {} fen in force: {} account(s) changed", tier, changed);
        return changed;
    }

    /**
     * Imports legacy deposits: each provider's account (opened if needed) is credited. The same
     * deposit imported again changes nothing; a different one for a provider that has one is
     * refused, and then nothing of the import is kept.
     */
    @Transactional
    public LegacyImport importLegacy(List<LegacyDeposit> deposits, String by) {
        Instant now = clock.instant();
        Map<String, LegacyDeposit> byProvider = new LinkedHashMap<>();
        List<String> conflicts = new ArrayList<>();
        for (LegacyDeposit deposit : deposits) {
            LegacyDeposit earlier = byProvider.putIfAbsent(deposit.providerId(), deposit);
            if (earlier != null && !earlier.equals(deposit)) {
                conflicts.add(deposit.providerId());
            }
        }
        List<DepositAccount> imported = new ArrayList<>();
        List<String> already = new ArrayList<>();
        for (LegacyDeposit deposit : byProvider.values()) {
            Optional<LegacyDeposit> existing = repository.legacyDeposit(deposit.providerId());
            if (existing.isPresent()) {
                if (existing.get().equals(deposit)) {
                    already.add(deposit.providerId());
                } else {
                    conflicts.add(deposit.providerId());
                }
                continue;
            }
            if (!conflicts.isEmpty()) {
                continue;
            }
            repository.insertLegacy(deposit, now, by);
            repository.insert(DepositAccount.open(deposit.providerId(), repository.tierInForce(now).amountFen(), now));
            imported.add(credit(deposit.providerId(), deposit.paidFen()));
        }
        if (!conflicts.isEmpty()) {
            throw ProblemException.conflict("legacy-deposit-conflict",
                    "A different legacy deposit is already recorded (or listed twice) for: " + String.join(", ", conflicts)
                            + ". Nothing was imported.").with("providerIds", List.copyOf(conflicts));
        }
        return new LegacyImport(imported, already);
    }

    private DepositAccount save(DepositAccount.Change change) {
        if (change.changed()) {
            repository.update(change.after());
        }
        change.event().ifPresent(outbox::publish);
        return change.after();
    }
}
