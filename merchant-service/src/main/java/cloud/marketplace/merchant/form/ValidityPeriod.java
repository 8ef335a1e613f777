package cloud.marketplace.merchant.form;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * How long a document is valid, as WeChat Pay writes it: a start date and an end date or the
 * literal {@value #LONG_TERM}. A document must be valid for more than {@value #MIN_DAYS_LEFT}
 * more days (Asia/Shanghai dates).
 */
public record ValidityPeriod(LocalDate from, LocalDate until) {

    public static final String LONG_TERM = "长期";
    public static final int MIN_DAYS_LEFT = 60;
    public static final String EXPIRES_TOO_SOON = "EXPIRES_TOO_SOON";
    public static final String NOT_YET_VALID = "NOT_YET_VALID";

    public boolean longTerm() {
        return until == null;
    }

    /** {@code 2020-01-01,2040-01-01} or {@code 2020-01-01,长期}: the seed's form. */
    public String text() {
        return from + "," + untilText();
    }

    public String untilText() {
        return longTerm() ? LONG_TERM : until.toString();
    }

    public boolean hasMoreDaysLeftThan(int days, LocalDate today) {
        return longTerm() || ChronoUnit.DAYS.between(today, until) > days;
    }

    /**
     * Checks a period typed as two strings; {@code prefix} names the fields
     * ({@code prefix.validFrom}, {@code prefix.validUntil}). Missing values are REQUIRED violations.
     */
    public static List<Violation> check(String prefix, String validFrom, String validUntil, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        String fromField = prefix + ".validFrom";
        String untilField = prefix + ".validUntil";
        LocalDate from = date(fromField, validFrom, false, violations);
        LocalDate until = date(untilField, validUntil, true, violations);
        if (from != null && from.isAfter(today)) {
            violations.add(new Violation(NOT_YET_VALID, fromField, "the document is not valid yet (starts " + from + ")"));
        }
        if (from != null && until != null && !until.isAfter(from)) {
            violations.add(new Violation(Violation.INVALID_FORMAT, untilField, "must be after validFrom"));
        } else if (until != null && !new ValidityPeriod(from, until).hasMoreDaysLeftThan(MIN_DAYS_LEFT, today)) {
            violations.add(new Violation(EXPIRES_TOO_SOON, untilField, "the document must be valid for more than "
                    + MIN_DAYS_LEFT + " more days; it ends " + until + " (" + ChronoUnit.DAYS.between(today, until)
                    + " days from " + today + ")"));
        }
        return violations;
    }

    /** The period of values that passed {@link #check}. */
    public static ValidityPeriod of(String validFrom, String validUntil) {
        return new ValidityPeriod(LocalDate.parse(validFrom), LONG_TERM.equals(validUntil) ? null : LocalDate.parse(validUntil));
    }

    private static LocalDate date(String field, String value, boolean longTermAllowed, List<Violation> violations) {
        if (value == null || value.isBlank()) {
            violations.add(new Violation(Violation.REQUIRED, field, "is required"));
            return null;
        }
        if (longTermAllowed && LONG_TERM.equals(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            violations.add(new Violation(Violation.INVALID_FORMAT, field,
                    longTermAllowed ? "must be a date (yyyy-MM-dd) or " + LONG_TERM : "must be a date (yyyy-MM-dd)"));
            return null;
        }
    }
}
