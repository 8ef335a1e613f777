package cloud.marketplace.onboarding.application;

import cloud.marketplace.platform.web.ProblemException;
import java.util.List;

/** Submit refused: every unmet entry condition, machine-readable (422 with {@code violations}). */
public class EntryConditionsNotMet extends ProblemException {

    private final List<Violation> violations;

    EntryConditionsNotMet(List<Violation> violations) {
        super(422, "entry-conditions-not-met", "Entry conditions not met",
                violations.size() == 1 ? "1 entry condition is not met." : violations.size() + " entry conditions are not met.");
        this.violations = List.copyOf(violations);
        with("violations", this.violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
