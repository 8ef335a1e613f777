package cloud.marketplace.catalog.product.web;

import cloud.marketplace.catalog.product.ChecklistMark;
import cloud.marketplace.catalog.product.ProductLists;
import cloud.marketplace.catalog.product.ProductReview;
import cloud.marketplace.catalog.product.ReviewStandards;
import cloud.marketplace.contracts.events.FieldReason;
import cloud.marketplace.platform.security.Caller;
import cloud.marketplace.platform.web.Page;
import cloud.marketplace.platform.web.PageQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/catalog/products")
@PreAuthorize("hasRole('OPERATOR')")
@Tag(name = "Product review", description = "Operators review submitted products against the review standards")
class ProductReviewController {

    /** A product field a rejection reason may point at (with an optional path inside it), or the product as a whole. */
    static final String REVIEWED_FIELD =
            "(product|categoryId|name|summary|description|deliveryType|pricePlans|contact)([\\[.][A-Za-z0-9_.\\[\\]]*)?";

    private final ProductReview review;

    ProductReviewController(ProductReview review) {
        this.review = review;
    }

    @GetMapping("/under-review")
    @Operation(summary = "Submissions waiting for review (first listings and revisions of listed products), oldest first")
    Page<ProductLists.QueuedProduct> queue(@Valid PageQuery page) {
        return review.queue(page);
    }

    @GetMapping("/review-standards")
    @Operation(summary = "The checklist every review marks")
    List<ReviewStandards.Item> standards() {
        return review.standards().checklist();
    }

    @PostMapping("/{id}/approve")
    @Operation(summary = "List the revision under review (上架); every checklist item must be marked passed; 409 if decided already")
    ProductViews.ProductView approve(Caller caller, @PathVariable String id, @Valid @RequestBody ApproveRequest request) {
        return ProductViews.ProductView.of(review.approve(id, caller.subject(), marks(request.checklist())));
    }

    @PostMapping("/{id}/reject")
    @Operation(summary = "Send the revision back with a reason per field; the checklist marks made are recorded; 409 if decided already")
    ProductViews.ProductView reject(Caller caller, @PathVariable String id, @Valid @RequestBody RejectRequest request) {
        List<FieldReason> reasons = request.reasons().stream()
                .map(r -> new FieldReason(r.field().strip(), r.reason().strip())).toList();
        return ProductViews.ProductView.of(review.reject(id, caller.subject(), reasons,
                marks(request.checklist() == null ? List.of() : request.checklist())));
    }

    private static List<ChecklistMark> marks(List<MarkRequest> marks) {
        return marks.stream().map(m -> new ChecklistMark(m.code().strip(), m.passed())).toList();
    }

    record MarkRequest(@NotBlank @Size(max = 40) String code, @NotNull Boolean passed) {
    }

    record ApproveRequest(@NotEmpty @Size(max = 50) List<@NotNull @Valid MarkRequest> checklist) {
    }

    record ReasonRequest(@NotBlank @Size(max = 120) @Pattern(regexp = REVIEWED_FIELD,
            message = "must name a product field (categoryId, name, summary, description, deliveryType, pricePlans, contact) or product")
                         String field,
                         @NotBlank @Size(max = 500) String reason) {
    }

    record RejectRequest(@NotEmpty @Size(max = 20) List<@NotNull @Valid ReasonRequest> reasons,
                         @Size(max = 50) List<@NotNull @Valid MarkRequest> checklist) {
    }
}
