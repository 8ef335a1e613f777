package cloud.marketplace.onboarding.overview.web;

import cloud.marketplace.onboarding.overview.OverviewService;
import cloud.marketplace.onboarding.overview.TaskProgress;
import cloud.marketplace.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Overview", description = "The provider's overview (概览 → 任务指引)")
class OverviewController {

    private final OverviewService overview;

    OverviewController(OverviewService overview) {
        this.overview = overview;
    }

    @GetMapping("/api/onboarding/overview")
    @PreAuthorize("hasRole('PROVIDER')")
    @Operation(summary = "The provider's tasks and their status",
            description = "MERCHANT_ACCOUNT, STORE, PRODUCT, DEPOSIT: DONE, IN_PROGRESS, TODO, or UNKNOWN when the service "
                    + "that knows did not answer in time. Always answers, within about 1.5 s.")
    Overview overview(Caller caller) {
        return new Overview(overview.tasks(caller.providerId()));
    }

    record Overview(List<TaskProgress> tasks) {
    }
}
