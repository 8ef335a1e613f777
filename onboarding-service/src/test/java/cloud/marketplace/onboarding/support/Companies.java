package cloud.marketplace.onboarding.support;

import java.util.concurrent.ThreadLocalRandom;

/** Real-looking companies with valid, unique unified social credit codes. */
public final class Companies {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ORGANIZATION_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    public record Company(String name, String creditCode, String legalRepresentative) {
    }

    public static Company next() {
        String code = creditCode();
        return new Company("云测试科技有限公司-" + code.substring(8, 16), code, "王五");
    }

    /** Registration 9 / enterprise 1, Beijing Haidian, a random organization code, both check characters computed. */
    public static String creditCode() {
        StringBuilder organization = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            organization.append(ThreadLocalRandom.current().nextInt(10));
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (organization.charAt(i) - '0') * ORGANIZATION_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        String first17 = "91110108" + organization + (check == 10 ? "X" : check == 11 ? "0" : Integer.toString(check));
        int total = 0;
        for (int i = 0; i < 17; i++) {
            total += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return first17 + ALPHABET.charAt((31 - total % 31) % 31);
    }

    private Companies() {
    }
}
