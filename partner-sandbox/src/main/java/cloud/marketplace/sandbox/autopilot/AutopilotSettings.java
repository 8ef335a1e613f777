package cloud.marketplace.sandbox.autopilot;

/**
 * Whether the partners move applications, accounts and payments along the happy path by
 * themselves, and how long each partner waits before taking its next step.
 */
public record AutopilotSettings(boolean enabled, long stepDelayMs) {

    public AutopilotSettings {
        if (stepDelayMs < 0) {
            throw new IllegalArgumentException("stepDelayMs must not be negative");
        }
    }
}
