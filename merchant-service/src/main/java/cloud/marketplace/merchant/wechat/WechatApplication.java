package cloud.marketplace.merchant.wechat;

import cloud.marketplace.contracts.events.FieldReason;
import cloud.marketplace.contracts.events.IntegrationEvent;
import cloud.marketplace.contracts.events.MerchantActivated;
import cloud.marketplace.contracts.events.MerchantApplicationRejected;
import cloud.marketplace.contracts.events.MerchantApplicationSubmitted;
import cloud.marketplace.contracts.events.MerchantChannel;
import cloud.marketplace.contracts.events.MerchantVerificationKind;
import cloud.marketplace.contracts.events.MerchantVerificationRequired;
import cloud.marketplace.merchant.document.DocumentInfo;
import cloud.marketplace.merchant.form.ChannelIdentity;
import cloud.marketplace.merchant.form.Company;
import cloud.marketplace.merchant.form.Violation;
import cloud.marketplace.platform.web.ProblemException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * A provider's WeChat Pay merchant application: the form, then the partner's review, the
 * remittance check, the signing, and the active merchant account. State changes are verbs that
 * refuse what the current state does not allow and return the events they cause.
 */
public final class WechatApplication {

    public static final String NOT_EDITABLE = "application-not-editable";

    private final String id;
    private final String providerId;
    private final String businessCode;
    private final Company company;
    private final Instant createdAt;
    private final int version;
    private WechatApplicationStatus status;
    private WechatForm form;
    private String applymentId;
    private String merchantId;
    private AccountVerification accountVerification;
    private String signUrl;
    private List<FieldReason> rejections;
    private PartnerState partnerState;
    private Instant submittedAt;
    private Instant activatedAt;

    WechatApplication(String id, String providerId, String businessCode, Company company, WechatApplicationStatus status,
                      WechatForm form, String applymentId, String merchantId, AccountVerification accountVerification,
                      String signUrl, List<FieldReason> rejections, PartnerState partnerState, Instant createdAt,
                      Instant submittedAt, Instant activatedAt, int version) {
        this.id = id;
        this.providerId = providerId;
        this.businessCode = businessCode;
        this.company = company;
        this.status = status;
        this.form = form;
        this.applymentId = applymentId;
        this.merchantId = merchantId;
        this.accountVerification = accountVerification;
        this.signUrl = signUrl;
        this.rejections = rejections == null ? List.of() : List.copyOf(rejections);
        this.partnerState = partnerState;
        this.createdAt = createdAt;
        this.submittedAt = submittedAt;
        this.activatedAt = activatedAt;
        this.version = version;
    }

    /** A new draft, pre-filled; {@code businessCode} stays the same for every (re)submission. */
    static WechatApplication draft(String id, String providerId, Company company, WechatForm prefilled, Instant now) {
        return new WechatApplication(id, providerId, "WX" + id.replace("-", "").toUpperCase(java.util.Locale.ROOT), company,
                WechatApplicationStatus.DRAFT, prefilled, null, null, null, null, List.of(), null, now, null, null, 0);
    }

    void edit(WechatForm changed) {
        requireEditable();
        this.form = changed;
    }

    void requireEditable() {
        if (!status.editable()) {
            throw ProblemException.conflict(NOT_EDITABLE, "A WeChat Pay application in state " + status
                    + " cannot be edited or submitted; only DRAFT and REJECTED ones can.").with("status", status);
        }
    }

    List<Violation> violations(Collection<DocumentInfo> documents, LocalDate today) {
        return WechatFormRules.check(form, company, documents, today);
    }

    /** The partner accepted the applyment: SUBMITTED, previous rejections and partner data cleared. */
    IntegrationEvent submitted(String partnerApplymentId, Instant now) {
        requireEditable();
        this.status = WechatApplicationStatus.SUBMITTED;
        this.applymentId = partnerApplymentId;
        this.rejections = List.of();
        this.accountVerification = null;
        this.signUrl = null;
        this.partnerState = PartnerState.CHECKING;
        this.submittedAt = now;
        return MerchantApplicationSubmitted.of(now, providerId, id, MerchantChannel.WECHAT_PAY, now);
    }

    /** What the partner's state means for ours; events only for a change the provider must know of. */
    List<IntegrationEvent> partnerReported(ApplymentStatus answer, Instant now) {
        if (!status.polled()) {
            return List.of();
        }
        WechatApplicationStatus next = answer.state().ours();
        WechatApplicationStatus before = status;
        boolean verificationChanged = answer.accountVerification() != null && !answer.accountVerification().equals(accountVerification);
        this.partnerState = answer.state();
        if (answer.accountVerification() != null) {
            this.accountVerification = answer.accountVerification();
        }
        if (answer.signUrl() != null) {
            this.signUrl = answer.signUrl();
        }
        if (next == before && !(next == WechatApplicationStatus.ACCOUNT_VERIFICATION && verificationChanged)) {
            return List.of();
        }
        this.status = next;
        return switch (next) {
            case ACCOUNT_VERIFICATION -> List.of(MerchantVerificationRequired.of(now, providerId, id, MerchantChannel.WECHAT_PAY,
                    MerchantVerificationKind.REMITTANCE, accountVerification == null ? null : accountVerification.deadline()));
            case SIGNING -> List.of(MerchantVerificationRequired.of(now, providerId, id, MerchantChannel.WECHAT_PAY,
                    MerchantVerificationKind.SIGNING, null));
            case ACTIVE -> activated(answer.merchantId(), now);
            case REJECTED -> rejected(answer, now);
            case SUBMITTED, FROZEN, CANCELED, DRAFT -> List.of();
        };
    }

    private List<IntegrationEvent> activated(String partnerMerchantId, Instant now) {
        if (partnerMerchantId == null || partnerMerchantId.isBlank()) {
            throw new IllegalStateException("WeChat Pay reported FINISH without a sub-merchant id");
        }
        this.merchantId = partnerMerchantId;
        this.activatedAt = now;
        this.accountVerification = null;
        return List.of(MerchantActivated.of(now, providerId, id, MerchantChannel.WECHAT_PAY, merchantId, now));
    }

    private List<IntegrationEvent> rejected(ApplymentStatus answer, Instant now) {
        List<FieldReason> reasons = answer.rejections().isEmpty()
                ? List.of(new FieldReason("application", answer.description() == null ? "rejected by WeChat Pay" : answer.description()))
                : answer.rejections();
        this.rejections = reasons;
        this.accountVerification = null;
        this.signUrl = null;
        return List.of(MerchantApplicationRejected.of(now, providerId, id, MerchantChannel.WECHAT_PAY, reasons, now));
    }

    ChannelIdentity identity() {
        return new ChannelIdentity(MerchantChannel.WECHAT_PAY, company.name(), company.businessLicenseNumber(),
                form.superAdmin(), form.legalRepresentative());
    }

    public String id() {
        return id;
    }

    public String providerId() {
        return providerId;
    }

    public String businessCode() {
        return businessCode;
    }

    public Company company() {
        return company;
    }

    public WechatApplicationStatus status() {
        return status;
    }

    public WechatForm form() {
        return form;
    }

    public String applymentId() {
        return applymentId;
    }

    public String merchantId() {
        return merchantId;
    }

    public AccountVerification accountVerification() {
        return status == WechatApplicationStatus.ACCOUNT_VERIFICATION ? accountVerification : null;
    }

    AccountVerification storedAccountVerification() {
        return accountVerification;
    }

    public String signUrl() {
        return status == WechatApplicationStatus.SIGNING ? signUrl : null;
    }

    String storedSignUrl() {
        return signUrl;
    }

    public List<FieldReason> rejections() {
        return rejections;
    }

    public PartnerState partnerState() {
        return partnerState;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant activatedAt() {
        return activatedAt;
    }

    int version() {
        return version;
    }
}
