package cloud.marketplace.merchant.form;

import java.util.regex.Pattern;

/**
 * An organization code (组织机构代码, GB 11714-1997): eight body characters (digits or upper-case
 * letters) and a check character, written {@code XXXXXXXX-C} (10 characters) or without the
 * hyphen (9). The check character is {@code 11 - (Σ value × weight) mod 11}, 10 written X, 11 written 0.
 */
public final class OrganizationCodeNumber {

    private static final Pattern ALLOWED = Pattern.compile("[0-9A-Za-z-]{9,10}");
    private static final Pattern SHAPE = Pattern.compile("([0-9A-Z]{8})-?([0-9X])");
    private static final int[] WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    public static char checkCharacter(String body) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += Character.digit(body.charAt(i), 36) * WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    }

    public static Violation check(String field, String code) {
        if (code == null || !ALLOWED.matcher(code).matches()) {
            return new Violation(Violation.INVALID_FORMAT, field, "must be 9 or 10 characters of digits, letters and hyphen");
        }
        var matcher = SHAPE.matcher(code.toUpperCase(java.util.Locale.ROOT));
        if (!matcher.matches() || (code.length() == 10 && code.charAt(8) != '-')) {
            return new Violation(Violation.INVALID_FORMAT, field,
                    "must be eight digits or letters and a check character, e.g. 12345678-9 or 123456789");
        }
        if (checkCharacter(matcher.group(1)) != matcher.group(2).charAt(0)) {
            return new Violation(Violation.INVALID_CHECK_CHARACTER, field,
                    "the check character does not match the other eight characters (GB 11714)");
        }
        return null;
    }

    private OrganizationCodeNumber() {
    }
}
