package cloud.marketplace.sandbox.autopilot;

import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;

/**
 * The current autopilot settings, read by every partner before it takes a step on its own.
 * Partners ask {@link #settings()} each time, so a change applies to the next step.
 */
@Component
public class Autopilot {

    private final AtomicReference<AutopilotSettings> settings;

    Autopilot(AutopilotProperties properties) {
        this.settings = new AtomicReference<>(new AutopilotSettings(properties.enabled(), properties.stepDelayMs()));
    }

    public AutopilotSettings settings() {
        return settings.get();
    }

    public boolean enabled() {
        return settings.get().enabled();
    }

    AutopilotSettings change(AutopilotSettings newSettings) {
        settings.set(newSettings);
        return newSettings;
    }
}
