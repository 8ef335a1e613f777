package cloud.marketplace.onboarding.application;

import java.time.Instant;
import java.util.List;

/** One review decision, kept for good: which revision, approved or rejected, by whom, when, why. */
public record Decision(int revision, Verdict verdict, String decidedBy, Instant decidedAt, List<RejectionReason> reasons) {

    public enum Verdict { APPROVED, REJECTED }

    public Decision {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }
}
