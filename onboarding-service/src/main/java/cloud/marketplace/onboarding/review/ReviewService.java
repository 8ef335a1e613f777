package cloud.marketplace.onboarding.review;

import cloud.marketplace.onboarding.application.Application;
import cloud.marketplace.onboarding.application.ApplicationRepository;
import cloud.marketplace.onboarding.application.ApplicationStatus;
import cloud.marketplace.onboarding.application.RejectionReason;
import cloud.marketplace.platform.events.Outbox;
import cloud.marketplace.platform.web.Page;
import cloud.marketplace.platform.web.PageQuery;
import cloud.marketplace.platform.web.ProblemException;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The operators' review of applications. A decision saves with the version it read: of two
 * operators deciding one application at once, exactly one wins and the other gets 409.
 */
@Service
public class ReviewService {

    private final ApplicationRepository applications;
    private final Outbox outbox;
    private final Clock clock;

    ReviewService(ApplicationRepository applications, Outbox outbox, Clock clock) {
        this.applications = applications;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Applications in a state (default: waiting for review), oldest submission first. */
    public Page<Application> queue(ApplicationStatus status, PageQuery page) {
        return applications.findByStatus(status == null ? ApplicationStatus.SUBMITTED : status, page);
    }

    @Transactional
    public Application approve(String id, String operator) {
        Application application = find(id);
        outbox.publish(application.approve(operator, clock.instant()));
        applications.update(application);
        return application;
    }

    @Transactional
    public Application reject(String id, String operator, List<RejectionReason> reasons) {
        Application application = find(id);
        outbox.publish(application.reject(operator, reasons, clock.instant()));
        applications.update(application);
        return application;
    }

    private Application find(String id) {
        return applications.find(id).orElseThrow(() -> ProblemException.notFound("No such application."));
    }
}
