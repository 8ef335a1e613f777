package cloud.marketplace.e2e;

import java.util.concurrent.ThreadLocalRandom;

/** Valid Chinese identity numbers for a new company and its legal representative, different on every run. */
final class IdentityNumbers {

    private static final String CREDIT_CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] CREDIT_CODE_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ORGANIZATION_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};
    private static final int[] ID_CARD_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] ID_CARD_CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    /**
     * A unified social credit code (GB 32100-2015) of an enterprise (91) registered in Shenzhen
     * Nanshan (440305), with a random organization code (GB 11714) and both check characters.
     */
    static String creditCode() {
        StringBuilder code = new StringBuilder("91440305");
        int organizationSum = 0;
        for (int i = 0; i < 8; i++) {
            int digit = ThreadLocalRandom.current().nextInt(10);
            code.append(digit);
            organizationSum += digit * ORGANIZATION_WEIGHTS[i];
        }
        int organizationCheck = 11 - organizationSum % 11;
        code.append(organizationCheck == 10 ? 'X' : organizationCheck == 11 ? '0' : (char) ('0' + organizationCheck));
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CREDIT_CODE_ALPHABET.indexOf(code.charAt(i)) * CREDIT_CODE_WEIGHTS[i];
        }
        return code.append(CREDIT_CODE_ALPHABET.charAt((31 - sum % 31) % 31)).toString();
    }

    /** A mainland resident ID card number (GB 11643-1999) of someone born in Shenzhen on 1 March 1982. */
    static String idCardNumber() {
        String first17 = "440305" + "19820301" + String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * ID_CARD_WEIGHTS[i];
        }
        return first17 + ID_CARD_CHECK[sum % 11];
    }

    /** A corporate bank account number: 16 digits. */
    static String bankAccountNumber() {
        return "6226" + String.format("%012d", ThreadLocalRandom.current().nextLong(1_000_000_000_000L));
    }

    private IdentityNumbers() {
    }
}
