package cloud.marketplace.merchant.wechat;

import cloud.marketplace.contracts.events.IntegrationEvent;
import cloud.marketplace.contracts.events.MerchantChannel;
import cloud.marketplace.merchant.document.DocumentContent;
import cloud.marketplace.merchant.document.DocumentInfo;
import cloud.marketplace.merchant.document.DocumentKind;
import cloud.marketplace.merchant.document.DocumentStore;
import cloud.marketplace.merchant.form.ChannelIdentity;
import cloud.marketplace.merchant.form.ChannelIdentitySource;
import cloud.marketplace.merchant.form.FormProblems;
import cloud.marketplace.merchant.form.LegalRepresentative;
import cloud.marketplace.merchant.form.SuperAdmin;
import cloud.marketplace.merchant.form.FormDocuments;
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
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The provider's WeChat Pay merchant application: start (pre-filled), fill in, upload photos,
 * submit to WeChat Pay. Partner calls run between short transactions, never inside one.
 */
@Service
public class WechatApplications {

    public static final String APPLICATION_EXISTS = "wechat-application-exists";
    static final Set<DocumentKind> UPLOADABLE = EnumSet.of(DocumentKind.ID_CARD_FRONT, DocumentKind.ID_CARD_BACK,
            DocumentKind.ORG_CODE_CERT);
    private static final String PARTNER = "WeChat Pay";

    private final WechatApplicationRepository applications;
    private final DocumentStore documents;
    private final ApprovedProviders providers;
    private final List<ChannelIdentitySource> identities;
    private final WechatPayPartner partner;
    private final Outbox outbox;
    private final TransactionTemplate transaction;
    private final BusinessCalendar calendar;
    private final Clock clock;

    WechatApplications(WechatApplicationRepository applications, DocumentStore documents, ApprovedProviders providers,
                       List<ChannelIdentitySource> identities, WechatPayPartner partner, Outbox outbox,
                       TransactionTemplate transaction, BusinessCalendar calendar, Clock clock) {
        this.applications = applications;
        this.documents = documents;
        this.providers = providers;
        this.identities = identities;
        this.partner = partner;
        this.outbox = outbox;
        this.transaction = transaction;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** A draft pre-filled with the approved company, its licence, and what the Tenpay form already holds. */
    public WechatApplication start(String providerId) {
        ProviderProfile profile = providers.profile(providerId);
        Optional<ChannelIdentity> tenpay = other().identity(providerId, false);
        WechatForm prefilled = new WechatForm(
                tenpay.map(ChannelIdentity::superAdmin).orElse(null),
                tenpay.map(ChannelIdentity::legalRepresentative).orElse(new LegalRepresentative(LegalRepresentative.MAINLAND_ID_CARD,
                        profile.company().legalRepresentativeName(), null, null, null)),
                null,
                new SettlementAccount(null, profile.company().name(), null, null));
        return transaction.execute(status -> {
            providers.lock(providerId);
            applications.current(providerId).ifPresent(existing -> {
                throw ProblemException.conflict(APPLICATION_EXISTS, "Provider " + providerId
                        + " already has a WeChat Pay merchant application (" + existing.status() + ").")
                        .with("applicationId", existing.id());
            });
            Instant now = clock.instant();
            WechatApplication draft = WechatApplication.draft(UUID.randomUUID().toString(), providerId, profile.company(), prefilled, now);
            applications.insert(draft, now);
            documents.store(draft.id(), DocumentKind.BUSINESS_LICENSE, profile.businessLicense(), now);
            return draft;
        });
    }

    public WechatApplication get(String providerId, String id) {
        return applications.find(id).filter(application -> application.providerId().equals(providerId))
                .orElseThrow(() -> ProblemException.notFound("No WeChat Pay merchant application " + id + "."));
    }

    public Optional<WechatApplication> current(String providerId) {
        return applications.current(providerId);
    }

    public List<DocumentInfo> documents(String id) {
        return documents.list(id);
    }

    /** Replaces the form; values present must be valid (400 listing all), missing ones may come later. */
    public WechatApplication edit(String providerId, String id, WechatForm submitted) {
        return transaction.execute(status -> {
            WechatApplication application = get(providerId, id);
            application.edit(keepMaskedNumbers(submitted, application.form()));
            FormProblems.refuseInvalidValues(application.violations(documents.list(id), calendar.today()));
            applications.update(application, clock.instant());
            return application;
        });
    }

    public DocumentInfo attach(String providerId, String id, DocumentKind kind, byte[] bytes) {
        if (!UPLOADABLE.contains(kind)) {
            throw ProblemException.badRequest("unknown-document", "A WeChat Pay application takes " + UPLOADABLE + ", not " + kind + ".");
        }
        ImageDocument image = ImageDocument.of(bytes, FormDocuments.MAX_PHOTO_BYTES);
        return transaction.execute(status -> {
            WechatApplication application = get(providerId, id);
            application.requireEditable();
            if (kind == DocumentKind.ORG_CODE_CERT && !application.company().needsOrganizationCode()) {
                throw ProblemException.unprocessable("organization-code-not-applicable", "The business licence number has 18 "
                        + "characters (unified social credit code): no organization-code certificate is needed.");
            }
            return documents.store(id, kind, image, clock.instant());
        });
    }

    /**
     * Checks every rule (422 listing all), the consistency with a Tenpay account (422 naming the
     * fields), uploads the photos, creates the applyment, and only then records SUBMITTED.
     */
    public WechatApplication submit(String providerId, String id) {
        WechatApplication snapshot = get(providerId, id);
        snapshot.requireEditable();
        List<DocumentInfo> stored = documents.list(id);
        FormProblems.refuseUnmet(snapshot.violations(stored, calendar.today()));
        other().identity(providerId, true).ifPresent(tenpay ->
                FormProblems.refuseMismatches(snapshot.identity().mismatches(tenpay), MerchantChannel.TENPAY.name()));

        String applymentId;
        try {
            Map<DocumentKind, String> mediaIds = new EnumMap<>(DocumentKind.class);
            for (DocumentKind kind : WechatFormRules.requiredDocuments(snapshot.company())) {
                DocumentContent content = documents.content(id, kind).orElseThrow();
                mediaIds.put(kind, partner.uploadImage(content));
            }
            applymentId = partner.submit(new WechatSubmission(snapshot.businessCode(), providerId, snapshot.company(),
                    snapshot.form(), mediaIds));
        } catch (PartnerFailure failure) {
            throw PartnerProblems.of(PARTNER, failure);
        }
        return transaction.execute(status -> {
            WechatApplication application = get(providerId, id);
            if (application.version() != snapshot.version()) {
                throw new OptimisticLockingFailureException("the application changed while it was being submitted");
            }
            Instant now = clock.instant();
            IntegrationEvent event = application.submitted(applymentId, now);
            applications.update(application, now);
            applications.pollFrom(id, now);
            outbox.publish(event);
            return get(providerId, id);
        });
    }

    private ChannelIdentitySource other() {
        return identities.stream().filter(source -> source.channel() == MerchantChannel.TENPAY).findFirst()
                .orElseThrow(() -> new IllegalStateException("no Tenpay identity source"));
    }

    private static WechatForm keepMaskedNumbers(WechatForm submitted, WechatForm stored) {
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
        SettlementAccount account = submitted.settlementAccount();
        if (account != null && stored.settlementAccount() != null) {
            account = new SettlementAccount(account.bankName(), account.accountName(),
                    FormProblems.keepIfMasked(account.accountNumber(), stored.settlementAccount().accountNumber(), Masking::mask),
                    account.bankAddressCode());
        }
        return new WechatForm(admin, legal, submitted.organizationCode(), account);
    }
}
