package cloud.marketplace.sandbox.autopilot;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Autopilot settings at start-up; {@code PUT /sandbox/autopilot} changes them at run time. */
@ConfigurationProperties("sandbox.autopilot")
record AutopilotProperties(boolean enabled, long stepDelayMs) {
}
