package cloud.marketplace.onboarding.realname;

import java.util.Optional;

/**
 * The unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters of a 31-character
 * alphabet (digits and capitals without I, O, S, V, Z). Positions 9–17 are the organization code
 * (GB 11714), which carries its own check character at position 17; position 18 checks the whole.
 */
public final class CreditCode {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    public static final int LENGTH = 18;
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ORGANIZATION_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};
    private static final int ORGANIZATION_START = 8;

    public static boolean isValid(String code) {
        return problem(code).isEmpty();
    }

    /** What is wrong with the code, in words; empty when it is valid. */
    public static Optional<String> problem(String code) {
        if (code == null || code.length() != LENGTH) {
            return Optional.of("must have exactly 18 characters");
        }
        for (int i = 0; i < LENGTH; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return Optional.of("character '" + code.charAt(i) + "' at position " + (i + 1)
                        + " is not allowed (digits and capital letters except I, O, S, V, Z)");
            }
        }
        char organizationCheck = organizationCheckCharacter(code.substring(ORGANIZATION_START, ORGANIZATION_START + 8));
        if (code.charAt(16) != organizationCheck) {
            return Optional.of("the check character of the embedded organization code (position 17) does not match");
        }
        if (code.charAt(17) != checkCharacter(code.substring(0, 17))) {
            return Optional.of("the check character (position 18) does not match");
        }
        return Optional.empty();
    }

    /** GB 32100-2015: 31 − (Σ value·3^(i−1) mod 31), with 31 written as 0. */
    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /** GB 11714-1997: 11 − (Σ value·weight mod 11), with 10 written X and 11 written 0; letters count A=10 … Z=35. */
    static char organizationCheckCharacter(String body8) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char c = body8.charAt(i);
            int value = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
            sum += value * ORGANIZATION_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return switch (check) {
            case 10 -> 'X';
            case 11 -> '0';
            default -> (char) ('0' + check);
        };
    }

    private CreditCode() {
    }
}
