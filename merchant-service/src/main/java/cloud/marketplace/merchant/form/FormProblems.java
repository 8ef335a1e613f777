package cloud.marketplace.merchant.form;

import cloud.marketplace.platform.web.FieldError;
import cloud.marketplace.platform.web.ProblemException;
import cloud.marketplace.platform.web.ProblemTypes;
import java.util.List;

/** How violated form rules answer: while editing, a 400 listing every invalid value; at submit, a 422 listing everything unmet. */
public final class FormProblems {

    public static final String FORM_INCOMPLETE = "merchant-form-invalid";
    public static final String CHANNEL_DATA_MISMATCH = "channel-data-mismatch";

    /** Values that are present but wrong; missing values are fine in a draft. */
    public static void refuseInvalidValues(List<Violation> violations) {
        refuseAll(violations.stream().filter(v -> !v.isMissingValue()).toList());
    }

    /** A complete body (nothing may be missing): 400 listing every failing field. */
    public static void refuseAll(List<Violation> violations) {
        List<FieldError> errors = violations.stream().map(v -> new FieldError(v.field(), v.message())).toList();
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest(ProblemTypes.VALIDATION,
                    errors.size() == 1 ? "1 field is invalid." : errors.size() + " fields are invalid.").with("errors", errors);
        }
    }

    public static void refuseUnmet(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw ProblemException.unprocessable(FORM_INCOMPLETE, violations.size() + " requirement(s) of the form are not met; "
                    + "every one is listed in violations.").with("violations", violations);
        }
    }

    public static void refuseMismatches(List<Violation> mismatches, String otherChannel) {
        if (!mismatches.isEmpty()) {
            throw ProblemException.unprocessable(CHANNEL_DATA_MISMATCH, "The data must match the " + otherChannel
                            + " merchant application; these fields differ: "
                            + String.join(", ", mismatches.stream().map(Violation::field).toList()) + ".")
                    .with("fields", mismatches.stream().map(Violation::field).toList())
                    .with("violations", mismatches);
        }
    }

    /** A value shown masked ({@code 6222****1234}) and sent back unchanged keeps the stored number. */
    public static String keepIfMasked(String submitted, String stored, java.util.function.UnaryOperator<String> mask) {
        if (submitted != null && stored != null && submitted.contains("*") && submitted.equals(mask.apply(stored))) {
            return stored;
        }
        return submitted;
    }

    private FormProblems() {
    }
}
