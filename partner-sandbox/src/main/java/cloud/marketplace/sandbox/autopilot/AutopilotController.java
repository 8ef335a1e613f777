package cloud.marketplace.sandbox.autopilot;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/sandbox/autopilot")
class AutopilotController {

    /** An hour: longer delays are a typo, not a test. */
    static final long MAX_STEP_DELAY_MS = 3_600_000;

    private final Autopilot autopilot;

    AutopilotController(Autopilot autopilot) {
        this.autopilot = autopilot;
    }

    @GetMapping
    AutopilotSettings settings() {
        return autopilot.settings();
    }

    @PutMapping
    AutopilotSettings change(@Valid @RequestBody AutopilotRequest request) {
        return autopilot.change(new AutopilotSettings(request.enabled(), request.stepDelayMs()));
    }

    record AutopilotRequest(
            @NotNull Boolean enabled,
            @NotNull @PositiveOrZero @Max(MAX_STEP_DELAY_MS) Long stepDelayMs) {
    }
}
