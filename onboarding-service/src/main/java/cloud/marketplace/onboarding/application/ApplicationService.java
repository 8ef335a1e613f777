package cloud.marketplace.onboarding.application;

import cloud.marketplace.onboarding.realname.RealNameService;
import cloud.marketplace.platform.BusinessCalendar;
import cloud.marketplace.platform.documents.ImageDocument;
import cloud.marketplace.platform.events.Outbox;
import cloud.marketplace.platform.security.Caller;
import cloud.marketplace.platform.web.FieldError;
import cloud.marketplace.platform.web.ProblemException;
import cloud.marketplace.platform.web.ProblemTypes;
import cloud.marketplace.security.Role;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The provider's side of the application: start, fill, attach the licence, submit; and reading
 * it back (the provider its own, operators any). Peers are called outside transactions.
 */
@Service
public class ApplicationService {

    public static final long MAX_LICENSE_BYTES = 2L * 1024 * 1024;

    private final ApplicationRepository applications;
    private final RealNameService realNames;
    private final CatalogCategories categories;
    private final AgreementCatalog agreements;
    private final Outbox outbox;
    private final TransactionTemplate transaction;
    private final BusinessCalendar calendar;
    private final Clock clock;

    ApplicationService(ApplicationRepository applications, RealNameService realNames, CatalogCategories categories,
                       AgreementCatalog agreements, Outbox outbox, TransactionTemplate transaction,
                       BusinessCalendar calendar, Clock clock) {
        this.applications = applications;
        this.realNames = realNames;
        this.categories = categories;
        this.agreements = agreements;
        this.outbox = outbox;
        this.transaction = transaction;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** The provider's application, started now or the one it already has. */
    public Started start(String providerId) {
        var existing = applications.findByProvider(providerId);
        if (existing.isPresent()) {
            return new Started(existing.get(), false);
        }
        Application application = Application.start(UUID.randomUUID().toString(), providerId, currentCompany(providerId),
                clock.instant());
        try {
            transaction.executeWithoutResult(status -> applications.insert(application));
            return new Started(application, true);
        } catch (DuplicateKeyException raced) {
            return new Started(applications.findByProvider(providerId).orElseThrow(), false);
        }
    }

    public record Started(Application application, boolean created) {
    }

    public Application fill(String providerId, String id, ApplicationForm form) {
        List<FieldError> errors = checkAgreements(form.agreements());
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest(ProblemTypes.VALIDATION, errors.size() == 1 ? "1 field is invalid."
                    : errors.size() + " fields are invalid.").with("errors", errors);
        }
        VerifiedCompany company = currentCompany(providerId);
        return transaction.execute(status -> {
            Application application = owned(providerId, id);
            application.fill(form, company, clock.instant());
            applications.update(application);
            return application;
        });
    }

    /** Checks the bytes first (JPEG/PNG, ≤ 2 MB): a refused file stores nothing. */
    public Application attachLicense(String providerId, String id, byte[] bytes) {
        owned(providerId, id);
        ImageDocument document = ImageDocument.of(bytes, MAX_LICENSE_BYTES);
        VerifiedCompany company = currentCompany(providerId);
        return transaction.execute(status -> {
            Application application = owned(providerId, id);
            Instant now = clock.instant();
            application.attachLicense(new LicenseFile(document.format().mediaType(), document.bytes().length,
                    document.sha256(), now), company, now);
            applications.update(application);
            applications.saveLicense(id, document, now);
            return application;
        });
    }

    /**
     * Checks every entry condition (catalog asked first, outside the transaction) and submits.
     * The save checks the version that was evaluated, so an edit in between is a 409, never a
     * submission of unchecked data.
     */
    public Application submit(String providerId, String id) {
        Application application = owned(providerId, id);
        if (application.status() != ApplicationStatus.DRAFT) {
            throw ApplicationConflict.notSubmittable(application.status());
        }
        CategoryVerdict verdict = categories.check(application.form().categoryIds());
        SubmissionContext context = new SubmissionContext(calendar.today(), agreements.agreements(), verdict);
        VerifiedCompany company = currentCompany(providerId);
        return transaction.execute(status -> {
            var submitted = application.submit(company, context, clock.instant());
            applications.update(application);
            outbox.publish(submitted);
            return application;
        });
    }

    /** The provider reads its own application; operators read any. Anything else: 404. */
    public Application get(Caller caller, String id) {
        if (caller.is(Role.OPERATOR)) {
            return applications.find(id).orElseThrow(ApplicationService::notFound);
        }
        return owned(caller.providerId(), id);
    }

    public LicenseContent license(Caller caller, String id) {
        Application application = get(caller, id);
        return applications.licenseContent(application.id())
                .orElseThrow(() -> ProblemException.notFound("No business licence e-copy is attached to this application."));
    }

    /** The approved provider's application (for peers: merchant-service pre-fills from it). */
    public Application approved(String providerId) {
        return applications.findByProvider(providerId).filter(a -> a.status() == ApplicationStatus.APPROVED)
                .orElseThrow(() -> ProblemException.notFound("Provider " + providerId + " has no approved application."));
    }

    public LicenseContent approvedLicense(String providerId) {
        return applications.licenseContent(approved(providerId).id()).orElseThrow(ApplicationService::notFound);
    }

    public boolean isApproved(String providerId) {
        return applications.findByProvider(providerId).filter(a -> a.status() == ApplicationStatus.APPROVED).isPresent();
    }

    private Application owned(String providerId, String id) {
        return applications.find(id).filter(a -> a.ownedBy(providerId)).orElseThrow(ApplicationService::notFound);
    }

    private VerifiedCompany currentCompany(String providerId) {
        return VerifiedCompany.of(realNames.current(providerId)).orElse(null);
    }

    private List<FieldError> checkAgreements(List<AcceptedAgreement> accepted) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < accepted.size(); i++) {
            AcceptedAgreement a = accepted.get(i);
            var inForce = agreements.find(a.code());
            if (inForce.isEmpty()) {
                errors.add(new FieldError("agreements[" + i + "].code", "is not an agreement in force"));
            } else if (!inForce.get().version().equals(a.version())) {
                errors.add(new FieldError("agreements[" + i + "].version",
                        "is not the version in force (" + inForce.get().version() + ")"));
            }
        }
        return errors;
    }

    private static ProblemException notFound() {
        return ProblemException.notFound("No such application.");
    }
}
