package cloud.marketplace.platform.web;

/** One failing input field of a validation problem. */
public record FieldError(String field, String message) {
}
