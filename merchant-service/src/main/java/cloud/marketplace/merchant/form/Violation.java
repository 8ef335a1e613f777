package cloud.marketplace.merchant.form;

/** One unmet rule of a merchant form: a stable code, the field it concerns, and what to do. */
public record Violation(String code, String field, String message) {

    public static final String REQUIRED = "REQUIRED";
    public static final String INVALID_FORMAT = "INVALID_FORMAT";
    public static final String INVALID_CHECK_CHARACTER = "INVALID_CHECK_CHARACTER";

    public boolean isMissingValue() {
        return REQUIRED.equals(code) || FormDocuments.DOCUMENT_MISSING.equals(code);
    }
}
