package cloud.marketplace.onboarding.application;

/** One unmet entry condition: a stable code, the form field it concerns, and what to do about it. */
public record Violation(String code, String field, String message) {
}
