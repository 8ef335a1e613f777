package cloud.marketplace.merchant.form;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

/**
 * A mainland resident ID card number (GB 11643-1999): 17 digits — region, birth date
 * {@code yyyyMMdd}, sequence — and a check character computed with ISO 7064 MOD 11-2.
 */
public final class IdCardNumber {

    private static final Pattern SHAPE = Pattern.compile("[1-9]\\d{16}[0-9X]");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    private static final DateTimeFormatter BIRTH_DATE = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);

    /** The check character the first 17 digits call for. */
    public static char checkCharacter(String first17Digits) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17Digits.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    /** Why the number is not a valid ID card number on {@code today}, or null if it is. */
    public static Violation check(String field, String number, LocalDate today) {
        if (number == null || !SHAPE.matcher(number).matches()) {
            return new Violation(Violation.INVALID_FORMAT, field,
                    "must be 18 characters: 17 digits and a check character (digit or upper-case X)");
        }
        try {
            LocalDate birth = LocalDate.parse(number.substring(6, 14), BIRTH_DATE);
            if (birth.isAfter(today) || birth.isBefore(LocalDate.of(1900, 1, 1))) {
                return new Violation(Violation.INVALID_FORMAT, field, "carries an impossible birth date " + birth);
            }
        } catch (DateTimeParseException e) {
            return new Violation(Violation.INVALID_FORMAT, field, "characters 7 to 14 must be a birth date (yyyyMMdd)");
        }
        if (checkCharacter(number) != number.charAt(17)) {
            return new Violation(Violation.INVALID_CHECK_CHARACTER, field,
                    "the check character (last one) does not match the other 17 digits (GB 11643)");
        }
        return null;
    }

    private IdCardNumber() {
    }
}
