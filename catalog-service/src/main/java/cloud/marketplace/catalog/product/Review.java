package cloud.marketplace.catalog.product;

import cloud.marketplace.contracts.events.FieldReason;
import java.time.Instant;
import java.util.List;

/** One recorded review of one revision: the decision, the checklist marks, and the reasons of a rejection. */
public record Review(String productId, int revision, ReviewDecision decision, String reviewer, Instant decidedAt,
                     List<ChecklistMark> checklist, List<FieldReason> reasons) {
}
