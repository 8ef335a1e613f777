package cloud.marketplace.onboarding.review.web;

import cloud.marketplace.onboarding.application.ApplicationStatus;
import cloud.marketplace.onboarding.application.RejectionReason;
import cloud.marketplace.onboarding.application.web.ApplicationResponse;
import cloud.marketplace.onboarding.review.ReviewService;
import cloud.marketplace.platform.security.Caller;
import cloud.marketplace.platform.web.Page;
import cloud.marketplace.platform.web.PageQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/onboarding/applications")
@PreAuthorize("hasRole('OPERATOR')")
@Tag(name = "Application review", description = "Operators review submitted applications")
class ReviewController {

    private final ReviewService reviews;

    ReviewController(ReviewService reviews) {
        this.reviews = reviews;
    }

    @GetMapping
    @Operation(summary = "The review queue: applications in a state (default SUBMITTED), oldest submission first, paged")
    Page<QueueEntry> queue(@RequestParam(required = false) ApplicationStatus status, @Valid PageQuery page) {
        var found = reviews.queue(status, page);
        return new Page<>(found.items().stream().map(a -> new QueueEntry(a.id(), a.providerId(), a.status(), a.revision(),
                a.company() == null ? null : a.company().companyName(), a.submittedAt())).toList(),
                found.page(), found.size(), found.totalItems());
    }

    @PostMapping("/{id}/approve")
    @Operation(summary = "Approve a submitted application (publishes ProviderApproved)")
    @ApiResponse(responseCode = "409", description = "Already decided, not submitted, or decided concurrently by another operator")
    ApplicationResponse approve(Caller caller, @PathVariable String id) {
        return ApplicationResponse.of(reviews.approve(id, caller.subject()));
    }

    @PostMapping("/{id}/reject")
    @Operation(summary = "Reject a submitted application with a reason per field (publishes ProviderRejected)")
    @ApiResponse(responseCode = "409", description = "Already decided, not submitted, or decided concurrently by another operator")
    ApplicationResponse reject(Caller caller, @PathVariable String id, @Valid @RequestBody RejectRequest request) {
        return ApplicationResponse.of(reviews.reject(id, caller.subject(), request.reasons().stream()
                .map(r -> new RejectionReason(r.field().strip(), r.reason().strip())).toList()));
    }

    record QueueEntry(String id, String providerId, ApplicationStatus status, int revision, String companyName,
                      Instant submittedAt) {
    }

    record RejectRequest(@NotEmpty @Size(max = 50) List<@NotNull @Valid Reason> reasons) {
    }

    record Reason(@NotBlank @Size(max = 64) String field, @NotBlank @Size(max = 500) String reason) {
    }
}
