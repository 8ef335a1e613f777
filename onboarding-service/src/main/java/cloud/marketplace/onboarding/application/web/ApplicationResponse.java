package cloud.marketplace.onboarding.application.web;

import cloud.marketplace.onboarding.application.AcceptedAgreement;
import cloud.marketplace.onboarding.application.Application;
import cloud.marketplace.onboarding.application.ApplicationStatus;
import cloud.marketplace.onboarding.application.Decision;
import cloud.marketplace.onboarding.application.LicenseFile;
import cloud.marketplace.onboarding.application.RejectionReason;
import cloud.marketplace.onboarding.application.SupportSchedule;
import cloud.marketplace.onboarding.application.VerifiedCompany;
import cloud.marketplace.platform.sensitive.Masking;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An application as the API shows it; the contact's mobile number is masked. */
public record ApplicationResponse(String id, ApplicationStatus status, int revision, boolean realNameVerified,
                                  String companyName, String creditCode, String legalRepresentativeName,
                                  List<AcceptedAgreement> agreements, String businessLicenseNumber, LocalDate establishedOn,
                                  Long registeredCapitalFen, Integer technicalStaff, Integer supportStaff,
                                  SupportSchedule supportSchedule, List<Long> categoryIds, ContactView contact,
                                  DocumentView businessLicense, Instant createdAt, Instant updatedAt, Instant submittedAt,
                                  Instant decidedAt, String decidedBy, List<ReviewView> reviews) {

    public record ContactView(String name, String mobile, String email) {
    }

    public record DocumentView(String mediaType, long sizeBytes, String sha256, Instant uploadedAt, String href) {
    }

    public record ReviewView(int revision, Decision.Verdict verdict, String decidedBy, Instant decidedAt,
                             List<RejectionReason> reasons) {
    }

    public static ApplicationResponse of(Application a) {
        VerifiedCompany company = a.company();
        var form = a.form();
        LicenseFile license = a.license();
        return new ApplicationResponse(a.id(), a.status(), a.revision(), company != null,
                company == null ? null : company.companyName(), company == null ? null : company.creditCode(),
                company == null ? null : company.legalRepresentativeName(),
                form.agreements(), form.businessLicenseNumber(), form.establishedOn(), form.registeredCapitalFen(),
                form.technicalStaff(), form.supportStaff(), form.supportSchedule(), form.categoryIds(),
                form.contact() == null ? null : new ContactView(form.contact().name(),
                        Masking.maskMobile(form.contact().mobile()), form.contact().email()),
                license == null ? null : new DocumentView(license.mediaType(), license.sizeBytes(), license.sha256(),
                        license.uploadedAt(), "/api/onboarding/applications/" + a.id() + "/business-license"),
                a.createdAt(), a.updatedAt(), a.submittedAt(), a.decidedAt(), a.decidedBy(),
                a.decisions().stream().map(d -> new ReviewView(d.revision(), d.verdict(), d.decidedBy(), d.decidedAt(),
                        d.reasons())).toList());
    }
}
