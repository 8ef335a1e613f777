package cloud.marketplace.onboarding.application;

import cloud.marketplace.contracts.events.FieldReason;
import cloud.marketplace.contracts.events.ProviderApplicationSubmitted;
import cloud.marketplace.contracts.events.ProviderApproved;
import cloud.marketplace.contracts.events.ProviderRejected;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A provider's application to sell on the marketplace (申请入驻): one per provider. Edited as a
 * draft, submitted when every entry condition holds, then approved or rejected by an operator.
 * Editing a rejected application reopens it as a new revision; every decision is kept.
 */
public final class Application {

    private final String id;
    private final String providerId;
    private final Instant createdAt;
    private final List<Decision> decisions;
    private ApplicationStatus status;
    private int revision;
    private VerifiedCompany company;
    private ApplicationForm form;
    private LicenseFile license;
    private Instant updatedAt;
    private Instant submittedAt;
    private Instant decidedAt;
    private String decidedBy;
    private int savedDecisions;
    private int version;

    private Application(String id, String providerId, ApplicationStatus status, int revision, VerifiedCompany company,
                        ApplicationForm form, LicenseFile license, Instant createdAt, Instant updatedAt, Instant submittedAt,
                        Instant decidedAt, String decidedBy, List<Decision> decisions, int version) {
        this.id = id;
        this.providerId = providerId;
        this.status = status;
        this.revision = revision;
        this.company = company;
        this.form = form;
        this.license = license;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.submittedAt = submittedAt;
        this.decidedAt = decidedAt;
        this.decidedBy = decidedBy;
        this.decisions = new ArrayList<>(decisions);
        this.savedDecisions = decisions.size();
        this.version = version;
    }

    public static Application start(String id, String providerId, VerifiedCompany company, Instant now) {
        return new Application(id, providerId, ApplicationStatus.DRAFT, 1, company, ApplicationForm.empty(), null, now, now,
                null, null, null, List.of(), 0);
    }

    static Application restore(String id, String providerId, ApplicationStatus status, int revision, VerifiedCompany company,
                               ApplicationForm form, LicenseFile license, Instant createdAt, Instant updatedAt,
                               Instant submittedAt, Instant decidedAt, String decidedBy, List<Decision> decisions,
                               int version) {
        return new Application(id, providerId, status, revision, company, form, license, createdAt, updatedAt, submittedAt,
                decidedAt, decidedBy, decisions, version);
    }

    /**
     * Replaces the form. An agreement accepted again in the same version keeps the time it was
     * first accepted. The company is refreshed from the current real-name verification.
     */
    public void fill(ApplicationForm newForm, VerifiedCompany currentCompany, Instant now) {
        beginEdit();
        Map<String, AcceptedAgreement> earlier = form.agreements().stream()
                .collect(Collectors.toMap(AcceptedAgreement::code, Function.identity(), (a, b) -> b));
        List<AcceptedAgreement> agreements = newForm.agreements().stream()
                .map(a -> {
                    AcceptedAgreement before = earlier.get(a.code());
                    return before != null && before.version().equals(a.version()) ? before : a;
                })
                .toList();
        this.form = new ApplicationForm(agreements, newForm.businessLicenseNumber(), newForm.establishedOn(),
                newForm.registeredCapitalFen(), newForm.technicalStaff(), newForm.supportStaff(), newForm.supportSchedule(),
                newForm.categoryIds(), newForm.contact());
        this.company = currentCompany;
        this.updatedAt = now;
    }

    public void attachLicense(LicenseFile file, VerifiedCompany currentCompany, Instant now) {
        beginEdit();
        this.license = file;
        this.company = currentCompany;
        this.updatedAt = now;
    }

    /** Submits when every entry condition holds; otherwise refuses with all of them. */
    public ProviderApplicationSubmitted submit(VerifiedCompany currentCompany, SubmissionContext context, Instant now) {
        if (status != ApplicationStatus.DRAFT) {
            throw ApplicationConflict.notSubmittable(status);
        }
        this.company = currentCompany;
        List<Violation> violations = EntryConditions.evaluate(this, context);
        if (!violations.isEmpty()) {
            throw new EntryConditionsNotMet(violations);
        }
        this.status = ApplicationStatus.SUBMITTED;
        this.submittedAt = now;
        this.updatedAt = now;
        return ProviderApplicationSubmitted.of(now, providerId, id, revision, company.companyName(), company.creditCode(),
                form.categoryIds(), now);
    }

    public ProviderApproved approve(String operator, Instant now) {
        decide(Decision.Verdict.APPROVED, operator, List.of(), now);
        return ProviderApproved.of(now, providerId, id, company.companyName(), company.creditCode(),
                form.businessLicenseNumber(), form.categoryIds(), now, operator);
    }

    public ProviderRejected reject(String operator, List<RejectionReason> reasons, Instant now) {
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("a rejection needs at least one reason");
        }
        decide(Decision.Verdict.REJECTED, operator, reasons, now);
        return ProviderRejected.of(now, providerId, id,
                reasons.stream().map(r -> new FieldReason(r.field(), r.reason())).toList(), now, operator);
    }

    private void decide(Decision.Verdict verdict, String operator, List<RejectionReason> reasons, Instant now) {
        if (status != ApplicationStatus.SUBMITTED) {
            throw ApplicationConflict.notUnderReview(status);
        }
        this.status = verdict == Decision.Verdict.APPROVED ? ApplicationStatus.APPROVED : ApplicationStatus.REJECTED;
        this.decidedAt = now;
        this.decidedBy = operator;
        this.updatedAt = now;
        decisions.add(new Decision(revision, verdict, operator, now, reasons));
    }

    /** A draft is edited in place; a rejected application reopens as the next revision. */
    private void beginEdit() {
        switch (status) {
            case DRAFT -> { }
            case REJECTED -> {
                status = ApplicationStatus.DRAFT;
                revision++;
                submittedAt = null;
                decidedAt = null;
                decidedBy = null;
            }
            case SUBMITTED, APPROVED -> throw ApplicationConflict.notEditable(status);
        }
    }

    public boolean ownedBy(String provider) {
        return providerId.equals(provider);
    }

    public String id() {
        return id;
    }

    public String providerId() {
        return providerId;
    }

    public ApplicationStatus status() {
        return status;
    }

    public int revision() {
        return revision;
    }

    /** The verified company, or null while real-name verification is missing or failed. */
    public VerifiedCompany company() {
        return company;
    }

    public ApplicationForm form() {
        return form;
    }

    /** The attached licence e-copy, or null. */
    public LicenseFile license() {
        return license;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public List<Decision> decisions() {
        return List.copyOf(decisions);
    }

    int version() {
        return version;
    }

    List<Decision> unsavedDecisions() {
        return List.copyOf(decisions.subList(savedDecisions, decisions.size()));
    }

    void saved() {
        version++;
        savedDecisions = decisions.size();
    }
}
