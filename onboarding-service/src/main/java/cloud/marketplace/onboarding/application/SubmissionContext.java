package cloud.marketplace.onboarding.application;

import java.time.LocalDate;
import java.util.List;

/** What the entry conditions are checked against: today (Asia/Shanghai), the agreements in force, catalog's verdict. */
public record SubmissionContext(LocalDate today, List<Agreement> agreementsInForce, CategoryVerdict categories) {
}
