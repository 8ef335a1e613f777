package cloud.marketplace.onboarding.application;

import cloud.marketplace.platform.web.ProblemException;

/** A verb the application's current state does not allow (answered 409). */
public class ApplicationConflict extends ProblemException {

    private ApplicationConflict(String slug, String detail) {
        super(409, slug, "Conflict", detail);
    }

    static ApplicationConflict notEditable(ApplicationStatus status) {
        return new ApplicationConflict("application-not-editable", status == ApplicationStatus.SUBMITTED
                ? "The application is under review and cannot be changed until it is decided."
                : "The application is " + status + " and cannot be changed.");
    }

    static ApplicationConflict notSubmittable(ApplicationStatus status) {
        return new ApplicationConflict("application-not-submittable", switch (status) {
            case SUBMITTED -> "The application is already submitted and under review.";
            case REJECTED -> "The application was rejected: change what the reviewer named, then submit again.";
            default -> "The application is " + status + " and cannot be submitted.";
        });
    }

    static ApplicationConflict notUnderReview(ApplicationStatus status) {
        return new ApplicationConflict(status == ApplicationStatus.APPROVED || status == ApplicationStatus.REJECTED
                ? "application-already-decided" : "application-not-submitted",
                "The application is " + status + "; only a submitted application can be decided.");
    }
}
