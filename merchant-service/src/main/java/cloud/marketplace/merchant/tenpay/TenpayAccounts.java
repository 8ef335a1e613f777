package cloud.marketplace.merchant.tenpay;

import cloud.marketplace.contracts.events.IntegrationEvent;
import cloud.marketplace.contracts.events.MerchantChannel;
import cloud.marketplace.merchant.document.DocumentInfo;
import cloud.marketplace.merchant.document.DocumentKind;
import cloud.marketplace.merchant.document.DocumentStore;
import cloud.marketplace.merchant.form.ChannelIdentity;
import cloud.marketplace.merchant.form.ChannelIdentitySource;
import cloud.marketplace.merchant.form.FormDocuments;
import cloud.marketplace.merchant.form.FormProblems;
import cloud.marketplace.merchant.form.LegalRepresentative;
import cloud.marketplace.merchant.form.SuperAdmin;
import cloud.marketplace.merchant.partner.PartnerFailure;
import cloud.marketplace.merchant.partner.PartnerProblems;
import cloud.marketplace.merchant.provider.ApprovedProviders;
import cloud.marketplace.merchant.provider.ProviderProfile;
import cloud.marketplace.platform.BusinessCalendar;
import cloud.marketplace.platform.documents.ImageDocument;
import cloud.marketplace.platform.events.Outbox;
import cloud.marketplace.platform.sensitive.Masking;
import cloud.marketplace.platform.web.ProblemException;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The provider's Tenpay enterprise account, from the registration to the micro-deposit check.
 * Partner calls run between short transactions, never inside one.
 */
@Service
public class TenpayAccounts {

    public static final String ACCOUNT_EXISTS = "tenpay-account-exists";
    private static final String PARTNER = "Tenpay";

    private final TenpayAccountRepository accounts;
    private final DocumentStore documents;
    private final ApprovedProviders providers;
    private final List<ChannelIdentitySource> identities;
    private final TenpayPartner partner;
    private final Outbox outbox;
    private final TransactionTemplate transaction;
    private final BusinessCalendar calendar;
    private final Clock clock;

    TenpayAccounts(TenpayAccountRepository accounts, DocumentStore documents, ApprovedProviders providers,
                   List<ChannelIdentitySource> identities, TenpayPartner partner, Outbox outbox, TransactionTemplate transaction,
                   BusinessCalendar calendar, Clock clock) {
        this.accounts = accounts;
        this.documents = documents;
        this.providers = providers;
        this.identities = identities;
        this.partner = partner;
        this.outbox = outbox;
        this.transaction = transaction;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** A draft pre-filled from the WeChat Pay application (if any) and with the approved company's licence. */
    public TenpayAccount start(String providerId) {
        ProviderProfile profile = providers.profile(providerId);
        Optional<ChannelIdentity> wechat = other().identity(providerId, false);
        TenpayForm prefilled = new TenpayForm(wechat.map(ChannelIdentity::superAdmin).orElse(null),
                wechat.map(ChannelIdentity::legalRepresentative).orElse(new LegalRepresentative(
                        LegalRepresentative.MAINLAND_ID_CARD, profile.company().legalRepresentativeName(), null, null, null)));
        return transaction.execute(status -> {
            providers.lock(providerId);
            accounts.current(providerId).ifPresent(existing -> {
                throw ProblemException.conflict(ACCOUNT_EXISTS, "Provider " + providerId + " already has a Tenpay account ("
                        + existing.status() + ").").with("accountId", existing.id());
            });
            Instant now = clock.instant();
            TenpayAccount draft = TenpayAccount.draft(UUID.randomUUID().toString(), providerId, profile.company(), prefilled, now);
            accounts.insert(draft, now);
            documents.store(draft.id(), DocumentKind.BUSINESS_LICENSE, profile.businessLicense(), now);
            return draft;
        });
    }

    public TenpayAccount get(String providerId, String id) {
        return accounts.find(id).filter(account -> account.providerId().equals(providerId))
                .orElseThrow(() -> ProblemException.notFound("No Tenpay account " + id + "."));
    }

    public Optional<TenpayAccount> current(String providerId) {
        return accounts.current(providerId);
    }

    public List<DocumentInfo> documents(String id) {
        return documents.list(id);
    }

    public TenpayAccount edit(String providerId, String id, TenpayForm submitted) {
        return transaction.execute(status -> {
            TenpayAccount account = get(providerId, id);
            account.edit(keepMaskedNumbers(submitted, account.form()));
            FormProblems.refuseInvalidValues(account.violations(documents.list(id), calendar.today()));
            accounts.update(account, clock.instant());
            return account;
        });
    }

    public DocumentInfo attach(String providerId, String id, DocumentKind kind, byte[] bytes) {
        if (!TenpayFormRules.DOCUMENTS.contains(kind)) {
            throw ProblemException.badRequest("unknown-document", "A Tenpay account takes " + TenpayFormRules.DOCUMENTS + ", not " + kind + ".");
        }
        ImageDocument image = ImageDocument.of(bytes, FormDocuments.MAX_PHOTO_BYTES);
        return transaction.execute(status -> {
            TenpayAccount account = get(providerId, id);
            account.requireEditable();
            return documents.store(id, kind, image, clock.instant());
        });
    }

    public TenpayAccount submit(String providerId, String id) {
        TenpayAccount snapshot = get(providerId, id);
        snapshot.requireEditable();
        FormProblems.refuseUnmet(snapshot.violations(documents.list(id), calendar.today()));
        other().identity(providerId, true).ifPresent(wechat ->
                FormProblems.refuseMismatches(snapshot.identity().mismatches(wechat), MerchantChannel.WECHAT_PAY.name()));
        TenpayRegistration registration;
        try {
            Map<DocumentKind, String> mediaIds = new EnumMap<>(DocumentKind.class);
            for (DocumentKind kind : TenpayFormRules.DOCUMENTS) {
                mediaIds.put(kind, partner.uploadImage(documents.content(id, kind).orElseThrow()));
            }
            registration = partner.register(new TenpaySubmission(snapshot.businessCode(), snapshot.company(), snapshot.form(), mediaIds));
        } catch (PartnerFailure failure) {
            throw PartnerProblems.of(PARTNER, failure);
        }
        return transaction.execute(status -> {
            TenpayAccount account = unchangedSince(snapshot, providerId);
            Instant now = clock.instant();
            IntegrationEvent event = account.submitted(registration, now);
            accounts.update(account, now);
            accounts.pollFrom(id, now);
            outbox.publish(event);
            return get(providerId, id);
        });
    }

    /**
     * Keeps the corporate bank account; in ACTIVATION (or after three wrong amounts) sends it to
     * Tenpay, which then pays a new random amount into it.
     */
    public TenpayAccount setBankAccount(String providerId, String id, BankAccount submitted) {
        TenpayAccount snapshot = get(providerId, id);
        BankAccount account = new BankAccount(submitted.accountType(), submitted.bankName(), submitted.branchCity(),
                submitted.branchName(), snapshot.bankAccount() == null ? submitted.accountNumber()
                : FormProblems.keepIfMasked(submitted.accountNumber(), snapshot.bankAccount().accountNumber(), Masking::mask),
                submitted.controllingPersonIsLegalRepresentative());
        FormProblems.refuseAll(TenpayFormRules.bankAccount(account));
        snapshot.keepBankAccount(account);
        if (!snapshot.bankAccountGoesToPartner()) {
            return transaction.execute(status -> {
                TenpayAccount current = unchangedSince(snapshot, providerId);
                current.keepBankAccount(account);
                accounts.update(current, clock.instant());
                return current;
            });
        }
        TenpayState state;
        try {
            state = partner.submitBankAccount(snapshot.partnerAccountId(), account, snapshot.company().name());
        } catch (PartnerFailure failure) {
            throw PartnerProblems.of(PARTNER, failure);
        }
        // Tenpay has the account now: record it whatever polling changed meanwhile
        return afterPartnerCall(() -> transaction.execute(status -> {
            TenpayAccount current = get(providerId, id);
            current.bankAccountAccepted(account, state);
            accounts.update(current, clock.instant());
            accounts.pollFrom(id, clock.instant());
            return current;
        }));
    }

    /** The amount the provider read on its bank statement; the amount itself is never stored or shown. */
    public TenpayAccount verifyAmount(String providerId, String id, long amountFen) {
        TenpayAccount snapshot = get(providerId, id);
        snapshot.requireAwaitingAmount();
        AmountCheck check;
        try {
            check = partner.verifyAmount(snapshot.partnerAccountId(), amountFen);
        } catch (PartnerFailure failure) {
            throw PartnerProblems.of(PARTNER, failure);
        }
        // Tenpay has judged the amount: record its verdict whatever polling changed meanwhile
        TenpayAccount result = afterPartnerCall(() -> transaction.execute(status -> {
            TenpayAccount current = get(providerId, id);
            List<IntegrationEvent> events = current.amountChecked(check, clock.instant());
            accounts.update(current, clock.instant());
            events.forEach(outbox::publish);
            return current;
        }));
        if (check.result() != AmountCheck.Result.VERIFIED) {
            throw result.wrongAmount();
        }
        return result;
    }

    /** What the partner did must be recorded: a concurrent poll update is no reason to lose it, so the write is retried. */
    private static TenpayAccount afterPartnerCall(java.util.function.Supplier<TenpayAccount> write) {
        for (int attempt = 1; ; attempt++) {
            try {
                return write.get();
            } catch (OptimisticLockingFailureException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    private TenpayAccount unchangedSince(TenpayAccount snapshot, String providerId) {
        TenpayAccount current = get(providerId, snapshot.id());
        if (current.version() != snapshot.version()) {
            throw new OptimisticLockingFailureException("the Tenpay account changed meanwhile");
        }
        return current;
    }

    private ChannelIdentitySource other() {
        return identities.stream().filter(source -> source.channel() == MerchantChannel.WECHAT_PAY).findFirst()
                .orElseThrow(() -> new IllegalStateException("no WeChat Pay identity source"));
    }

    private static TenpayForm keepMaskedNumbers(TenpayForm submitted, TenpayForm stored) {
        SuperAdmin admin = submitted.superAdmin();
        if (admin != null && stored.superAdmin() != null) {
            admin = new SuperAdmin(admin.type(), admin.name(),
                    FormProblems.keepIfMasked(admin.idNumber(), stored.superAdmin().idNumber(), Masking::mask),
                    FormProblems.keepIfMasked(admin.mobile(), stored.superAdmin().mobile(), Masking::maskMobile), admin.email());
        }
        LegalRepresentative legal = submitted.legalRepresentative();
        if (legal != null && stored.legalRepresentative() != null) {
            legal = new LegalRepresentative(legal.idType(), legal.name(),
                    FormProblems.keepIfMasked(legal.idNumber(), stored.legalRepresentative().idNumber(), Masking::mask),
                    legal.validFrom(), legal.validUntil());
        }
        return new TenpayForm(admin, legal);
    }
}
