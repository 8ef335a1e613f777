package cloud.marketplace.onboarding.application;

import java.util.List;

/** One named entry condition (入驻条件): every way the application fails it, or nothing. */
@FunctionalInterface
public interface EntryCondition {

    List<Violation> check(Application application, SubmissionContext context);
}
