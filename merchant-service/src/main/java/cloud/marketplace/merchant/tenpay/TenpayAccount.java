package cloud.marketplace.merchant.tenpay;

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
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * A provider's Tenpay (商企付) enterprise account: registration and document review, then the
 * corporate bank account, the micro-deposit amount (at most {@value #MAX_AMOUNT_ATTEMPTS} wrong
 * tries, then locked until the bank account is sent again), the signing, and the active account.
 */
public final class TenpayAccount {

    public static final int MAX_AMOUNT_ATTEMPTS = 3;
    public static final String NOT_EDITABLE = "application-not-editable";
    public static final String AMOUNT_LOCKED = "amount-verification-locked";
    public static final String AMOUNT_MISMATCH = "amount-mismatch";
    public static final String NOT_AWAITING_AMOUNT = "amount-not-awaited";
    public static final String NOT_AWAITING_BANK_ACCOUNT = "bank-account-not-awaited";
    static final String RESTART = "To restart the verification, send the corporate bank account again "
            + "(PUT /api/merchants/tenpay-accounts/{id}/bank-account): Tenpay then pays a new random amount into it "
            + "and you have " + MAX_AMOUNT_ATTEMPTS + " new tries.";

    private final String id;
    private final String providerId;
    private final String businessCode;
    private final Company company;
    private final Instant createdAt;
    private final int version;
    private TenpayAccountStatus status;
    private TenpayForm form;
    private BankAccount bankAccount;
    private boolean bankAccountSubmitted;
    private String partnerAccountId;
    private String merchantId;
    private String adminConfirmUrl;
    private String signUrl;
    private Instant amountDeadline;
    private int amountFailedAttempts;
    private boolean amountLocked;
    private List<FieldReason> rejections;
    private TenpayState partnerState;
    private Instant submittedAt;
    private Instant activatedAt;

    TenpayAccount(String id, String providerId, String businessCode, Company company, TenpayAccountStatus status, TenpayForm form,
                  BankAccount bankAccount, boolean bankAccountSubmitted, String partnerAccountId, String merchantId,
                  String adminConfirmUrl, String signUrl, Instant amountDeadline, int amountFailedAttempts, boolean amountLocked,
                  List<FieldReason> rejections, TenpayState partnerState, Instant createdAt, Instant submittedAt,
                  Instant activatedAt, int version) {
        this.id = id;
        this.providerId = providerId;
        this.businessCode = businessCode;
        this.company = company;
        this.status = status;
        this.form = form;
        this.bankAccount = bankAccount;
        this.bankAccountSubmitted = bankAccountSubmitted;
        this.partnerAccountId = partnerAccountId;
        this.merchantId = merchantId;
        this.adminConfirmUrl = adminConfirmUrl;
        this.signUrl = signUrl;
        this.amountDeadline = amountDeadline;
        this.amountFailedAttempts = amountFailedAttempts;
        this.amountLocked = amountLocked;
        this.rejections = rejections == null ? List.of() : List.copyOf(rejections);
        this.partnerState = partnerState;
        this.createdAt = createdAt;
        this.submittedAt = submittedAt;
        this.activatedAt = activatedAt;
        this.version = version;
    }

    static TenpayAccount draft(String id, String providerId, Company company, TenpayForm prefilled, Instant now) {
        return new TenpayAccount(id, providerId, "TP" + id.replace("-", "").toUpperCase(Locale.ROOT), company,
                TenpayAccountStatus.DRAFT, prefilled, null, false, null, null, null, null, null, 0, false, List.of(), null,
                now, null, null, 0);
    }

    void edit(TenpayForm changed) {
        requireEditable();
        this.form = changed;
    }

    void requireEditable() {
        if (!status.editable()) {
            throw ProblemException.conflict(NOT_EDITABLE, "A Tenpay account in state " + status
                    + " cannot be edited or submitted; only DRAFT and REJECTED ones can.").with("status", status);
        }
    }

    List<Violation> violations(Collection<DocumentInfo> documents, LocalDate today) {
        return TenpayFormRules.check(form, company, documents, today);
    }

    IntegrationEvent submitted(TenpayRegistration registration, Instant now) {
        requireEditable();
        this.status = registration.state() == null ? TenpayAccountStatus.SUBMITTED : registration.state().ours();
        this.partnerState = registration.state();
        this.partnerAccountId = registration.accountId();
        this.adminConfirmUrl = registration.adminConfirmUrl();
        this.rejections = List.of();
        this.signUrl = null;
        this.bankAccountSubmitted = false;
        this.submittedAt = now;
        return MerchantApplicationSubmitted.of(now, providerId, id, MerchantChannel.TENPAY, now);
    }

    /** Whether a bank account given now goes to Tenpay at once (else it is kept for the activation step). */
    boolean bankAccountGoesToPartner() {
        return status == TenpayAccountStatus.ACTIVATION || (status == TenpayAccountStatus.AMOUNT_VERIFICATION && amountLocked);
    }

    void keepBankAccount(BankAccount account) {
        if (status == TenpayAccountStatus.ACTIVE || status == TenpayAccountStatus.SIGNING
                || (status == TenpayAccountStatus.AMOUNT_VERIFICATION && !amountLocked)) {
            throw ProblemException.conflict(NOT_AWAITING_BANK_ACCOUNT, "The corporate bank account cannot be changed while the "
                    + "account is " + status + (status == TenpayAccountStatus.AMOUNT_VERIFICATION
                    ? "; enter the amount Tenpay paid into it, or restart after three wrong tries" : "") + ".");
        }
        this.bankAccount = account;
    }

    /**
     * Tenpay took the bank account: a new micro-deposit comes, the tries start again. If the
     * account already moved on meanwhile (the new deposit was seen by polling), it stays there.
     */
    void bankAccountAccepted(BankAccount account, TenpayState state) {
        boolean restart = amountLocked || status == TenpayAccountStatus.ACTIVATION;
        this.bankAccount = account;
        this.bankAccountSubmitted = true;
        this.amountFailedAttempts = 0;
        this.amountLocked = false;
        if (restart) {
            this.amountDeadline = null;
            this.partnerState = state;
            this.status = TenpayAccountStatus.ACTIVATION;
        }
    }

    void requireAwaitingAmount() {
        if (status != TenpayAccountStatus.AMOUNT_VERIFICATION) {
            throw ProblemException.conflict(NOT_AWAITING_AMOUNT, "No micro-deposit amount is awaited: the account is " + status + ".");
        }
        if (amountLocked) {
            throw locked();
        }
    }

    /** Applies Tenpay's verdict on an entered amount; a wrong one answers a problem after it was recorded. */
    List<IntegrationEvent> amountChecked(AmountCheck check, Instant now) {
        return switch (check.result()) {
            case VERIFIED -> {
                this.amountLocked = false;
                TenpayState next = check.state() == null ? TenpayState.SIGNING : check.state();
                yield partnerReported(new TenpayStatus(next, null, null, check.signUrl(), null, null, null, List.of()), now);
            }
            case MISMATCH, LOCKED -> {
                this.amountFailedAttempts++;
                if (check.result() == AmountCheck.Result.LOCKED || check.attemptsLeft() <= 0
                        || amountFailedAttempts >= MAX_AMOUNT_ATTEMPTS) {
                    this.amountLocked = true;
                    this.partnerState = TenpayState.AMOUNT_VERIFICATION_LOCKED;
                }
                yield List.of();
            }
        };
    }

    ProblemException wrongAmount() {
        if (amountLocked) {
            return locked();
        }
        int left = MAX_AMOUNT_ATTEMPTS - amountFailedAttempts;
        return ProblemException.unprocessable(AMOUNT_MISMATCH, "The amount does not match what Tenpay paid into the corporate "
                + "account. " + left + (left == 1 ? " try is" : " tries are") + " left.").with("attemptsLeft", left);
    }

    private ProblemException locked() {
        return ProblemException.conflict(AMOUNT_LOCKED, "The micro-deposit verification is locked after " + MAX_AMOUNT_ATTEMPTS
                + " wrong amounts. " + RESTART).with("attemptsLeft", 0)
                .with("restart", "PUT /api/merchants/tenpay-accounts/" + id + "/bank-account");
    }

    List<IntegrationEvent> partnerReported(TenpayStatus answer, Instant now) {
        if (!status.polled()) {
            return List.of();
        }
        TenpayAccountStatus before = status;
        TenpayAccountStatus next = answer.state().ours();
        this.partnerState = answer.state();
        if (answer.adminConfirmUrl() != null) {
            this.adminConfirmUrl = answer.adminConfirmUrl();
        }
        if (answer.signUrl() != null) {
            this.signUrl = answer.signUrl();
        }
        if (answer.amountDeadline() != null) {
            this.amountDeadline = answer.amountDeadline();
        }
        if (answer.state() == TenpayState.AMOUNT_VERIFICATION_LOCKED) {
            this.amountLocked = true;
        }
        if (answer.state() == TenpayState.BANK_ACCOUNT_VERIFYING) {
            this.bankAccountSubmitted = true;
        }
        if (next == before) {
            return List.of();
        }
        this.status = next;
        List<IntegrationEvent> events = new ArrayList<>();
        switch (next) {
            case AMOUNT_VERIFICATION -> events.add(MerchantVerificationRequired.of(now, providerId, id, MerchantChannel.TENPAY,
                    MerchantVerificationKind.MICRO_DEPOSIT, amountDeadline));
            case SIGNING -> events.add(MerchantVerificationRequired.of(now, providerId, id, MerchantChannel.TENPAY,
                    MerchantVerificationKind.SIGNING, null));
            case ACTIVE -> {
                if (answer.merchantId() == null || answer.merchantId().isBlank()) {
                    throw new IllegalStateException("Tenpay reported ACTIVE without a merchant id");
                }
                this.merchantId = answer.merchantId();
                this.activatedAt = now;
                events.add(MerchantActivated.of(now, providerId, id, MerchantChannel.TENPAY, merchantId, now));
            }
            case REJECTED -> {
                this.rejections = answer.rejections().isEmpty()
                        ? List.of(new FieldReason("application", answer.description() == null ? "rejected by Tenpay" : answer.description()))
                        : answer.rejections();
                this.bankAccountSubmitted = false;
                events.add(MerchantApplicationRejected.of(now, providerId, id, MerchantChannel.TENPAY, rejections, now));
            }
            case ACTIVATION -> {
                if (before == TenpayAccountStatus.AMOUNT_VERIFICATION) {
                    this.amountFailedAttempts = 0;
                    this.amountLocked = false;
                }
            }
            case DRAFT, SUBMITTED, DOCUMENT_REVIEW -> {
            }
        }
        return events;
    }

    ChannelIdentity identity() {
        return new ChannelIdentity(MerchantChannel.TENPAY, company.name(), company.businessLicenseNumber(), form.superAdmin(),
                form.legalRepresentative());
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

    public TenpayAccountStatus status() {
        return status;
    }

    public TenpayForm form() {
        return form;
    }

    public BankAccount bankAccount() {
        return bankAccount;
    }

    public boolean bankAccountSubmitted() {
        return bankAccountSubmitted;
    }

    public String partnerAccountId() {
        return partnerAccountId;
    }

    public String merchantId() {
        return merchantId;
    }

    /** Where the super administrator confirms the registration by QR, while that is awaited. */
    public String adminConfirmUrl() {
        return status == TenpayAccountStatus.SUBMITTED ? adminConfirmUrl : null;
    }

    String storedAdminConfirmUrl() {
        return adminConfirmUrl;
    }

    public String signUrl() {
        return status == TenpayAccountStatus.SIGNING ? signUrl : null;
    }

    String storedSignUrl() {
        return signUrl;
    }

    public Instant amountDeadline() {
        return amountDeadline;
    }

    public int amountFailedAttempts() {
        return amountFailedAttempts;
    }

    public int amountAttemptsLeft() {
        return amountLocked ? 0 : Math.max(0, MAX_AMOUNT_ATTEMPTS - amountFailedAttempts);
    }

    public boolean amountLocked() {
        return amountLocked;
    }

    public List<FieldReason> rejections() {
        return rejections;
    }

    public TenpayState partnerState() {
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
