package cloud.marketplace.onboarding.store.web;

import cloud.marketplace.onboarding.application.RejectionReason;
import cloud.marketplace.onboarding.store.StoreRevisionStatus;
import cloud.marketplace.onboarding.store.StoreService;
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
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Store review", description = "Operators review store profiles; anyone reads a published one")
class StoreReviewController {

    private final StoreService stores;

    StoreReviewController(StoreService stores) {
        this.stores = stores;
    }

    @GetMapping("/api/onboarding/stores")
    @PreAuthorize("hasRole('OPERATOR')")
    @Operation(summary = "Stores whose current revision is in a state (default SUBMITTED), oldest submission first")
    Page<StoreView> queue(@RequestParam(required = false) StoreRevisionStatus status, @Valid PageQuery page) {
        var found = stores.queue(status, page);
        return new Page<>(found.items().stream().map(StoreView::of).toList(), found.page(), found.size(), found.totalItems());
    }

    @GetMapping("/api/onboarding/stores/{providerId}")
    @PreAuthorize("hasRole('OPERATOR')")
    @Operation(summary = "One provider's store, published and current revisions")
    StoreView one(@PathVariable String providerId) {
        return StoreView.of(stores.mine(providerId));
    }

    @GetMapping("/api/onboarding/stores/{providerId}/profile")
    @Operation(summary = "The published store profile, as buyers see it (public; 404 before the first publication)")
    StoreView.RevisionView published(@PathVariable String providerId) {
        return StoreView.RevisionView.of(stores.publishedProfile(providerId));
    }

    @PostMapping("/api/onboarding/stores/{providerId}/approve")
    @PreAuthorize("hasRole('OPERATOR')")
    @Operation(summary = "Approve the submitted revision: it becomes the published store (publishes StorePublished)")
    @ApiResponse(responseCode = "409", description = "No revision under review, or decided concurrently")
    StoreView approve(Caller caller, @PathVariable String providerId) {
        return StoreView.of(stores.approve(providerId, caller.subject()));
    }

    @PostMapping("/api/onboarding/stores/{providerId}/reject")
    @PreAuthorize("hasRole('OPERATOR')")
    @Operation(summary = "Reject the submitted revision with reasons; the published revision (if any) stays shown")
    @ApiResponse(responseCode = "409", description = "No revision under review, or decided concurrently")
    StoreView reject(Caller caller, @PathVariable String providerId, @Valid @RequestBody RejectRequest request) {
        return StoreView.of(stores.reject(providerId, caller.subject(), request.reasons().stream()
                .map(r -> new RejectionReason(r.field().strip(), r.reason().strip())).toList()));
    }

    record RejectRequest(@NotEmpty @Size(max = 20) List<@NotNull @Valid Reason> reasons) {
    }

    record Reason(@NotBlank @Size(max = 64) String field, @NotBlank @Size(max = 500) String reason) {
    }
}
