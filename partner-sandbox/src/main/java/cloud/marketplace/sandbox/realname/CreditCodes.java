package cloud.marketplace.sandbox.realname;

/**
 * The check a real registry would pass: a unified social credit code (GB 32100-2015) of 18
 * characters whose embedded organization code (GB 11714) and whole-code check characters fit.
 */
final class CreditCodes {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ORGANIZATION_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    static boolean isValid(String code) {
        if (code == null || code.length() != 18 || code.chars().anyMatch(c -> ALPHABET.indexOf(c) < 0)) {
            return false;
        }
        int organization = 0;
        for (int i = 0; i < 8; i++) {
            char c = code.charAt(8 + i);
            organization += (Character.isDigit(c) ? c - '0' : c - 'A' + 10) * ORGANIZATION_WEIGHTS[i];
        }
        int organizationCheck = 11 - organization % 11;
        char expectedOrganizationCheck = organizationCheck == 10 ? 'X' : organizationCheck == 11 ? '0'
                : (char) ('0' + organizationCheck);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(code.charAt(i)) * WEIGHTS[i];
        }
        return code.charAt(16) == expectedOrganizationCheck && code.charAt(17) == ALPHABET.charAt((31 - sum % 31) % 31);
    }

    private CreditCodes() {
    }
}
