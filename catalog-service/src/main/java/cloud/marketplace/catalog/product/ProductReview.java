package cloud.marketplace.catalog.product;

import cloud.marketplace.contracts.events.FieldReason;
import cloud.marketplace.platform.events.Outbox;
import cloud.marketplace.platform.web.Page;
import cloud.marketplace.platform.web.PageQuery;
import cloud.marketplace.platform.web.ProblemException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Operators' review of submitted products against the review standards. Two operators deciding
 * the same submission at once: the first save wins, the other gets 409 (the product's version
 * moved, or it is no longer under review).
 */
@Service
public class ProductReview {

    private final ProductRepository products;
    private final ReviewStandards standards;
    private final Outbox outbox;
    private final Clock clock;

    ProductReview(ProductRepository products, ReviewStandards standards, Outbox outbox, Clock clock) {
        this.products = products;
        this.standards = standards;
        this.outbox = outbox;
        this.clock = clock;
    }

    public ReviewStandards standards() {
        return standards;
    }

    /** Submissions (first listings and revisions of listed products) waiting for a decision, oldest first. */
    @Transactional(readOnly = true)
    public Page<ProductLists.QueuedProduct> queue(PageQuery page) {
        return page.page(products.underReview(page), products.countUnderReview());
    }

    /** Lists the revision under review; every checklist item must be marked, and marked passed. */
    @Transactional
    public Product approve(String productId, String operator, List<ChecklistMark> marks) {
        Product product = products.findById(productId).orElseThrow(() -> Products.notFound(productId));
        Instant now = clock.instant();
        int revision = product.working().map(Product.WorkingRevision::number).orElse(0);
        var listed = product.approve(now);
        Map<String, Boolean> marked = readMarks(marks);
        List<String> unmarked = standards.checklist().stream().map(ReviewStandards.Item::code)
                .filter(code -> !marked.containsKey(code)).toList();
        List<String> failed = marked.entrySet().stream().filter(mark -> !mark.getValue()).map(Map.Entry::getKey).toList();
        if (!unmarked.isEmpty() || !failed.isEmpty()) {
            throw ProblemException.unprocessable("review-checklist-not-passed",
                            "A product is approved only when every item of the review standards is marked as passed;"
                                    + " reject it with reasons otherwise.")
                    .with("unmarked", unmarked).with("failed", failed);
        }
        products.update(product);
        products.insertReview(new Review(productId, revision, ReviewDecision.APPROVED, operator, now, ordered(marked), List.of()));
        outbox.publish(listed);
        return products.findById(productId).orElseThrow();
    }

    /** Sends the revision back to the provider with a reason per field; the checklist marks made are recorded. */
    @Transactional
    public Product reject(String productId, String operator, List<FieldReason> reasons, List<ChecklistMark> marks) {
        Product product = products.findById(productId).orElseThrow(() -> Products.notFound(productId));
        Instant now = clock.instant();
        int revision = product.working().map(Product.WorkingRevision::number).orElse(0);
        var rejected = product.reject(reasons, now);
        Map<String, Boolean> marked = readMarks(marks);
        products.update(product);
        products.insertReview(new Review(productId, revision, ReviewDecision.REJECTED, operator, now, ordered(marked), reasons));
        outbox.publish(rejected);
        return products.findById(productId).orElseThrow();
    }

    /** The marks by code; a code the standards do not have, or marked twice, is refused with every such code named. */
    private Map<String, Boolean> readMarks(List<ChecklistMark> marks) {
        Map<String, Boolean> marked = new LinkedHashMap<>();
        Set<String> unknown = new LinkedHashSet<>();
        Set<String> repeated = new LinkedHashSet<>();
        for (ChecklistMark mark : marks) {
            if (!standards.has(mark.code())) {
                unknown.add(mark.code());
            } else if (marked.putIfAbsent(mark.code(), mark.passed()) != null) {
                repeated.add(mark.code());
            }
        }
        if (!unknown.isEmpty() || !repeated.isEmpty()) {
            throw ProblemException.unprocessable("review-checklist-unknown-items",
                            "Mark only the items of the review standards, each once.")
                    .with("unknown", List.copyOf(unknown)).with("repeated", List.copyOf(repeated))
                    .with("checklist", standards.checklist());
        }
        return marked;
    }

    /** The marks in the standards' order, as recorded with the review. */
    private List<ChecklistMark> ordered(Map<String, Boolean> marked) {
        List<ChecklistMark> ordered = new ArrayList<>();
        standards.checklist().forEach(item -> {
            Boolean passed = marked.get(item.code());
            if (passed != null) {
                ordered.add(new ChecklistMark(item.code(), passed));
            }
        });
        return ordered;
    }
}
