package cloud.marketplace.platform.sensitive;

/** How numbers are shown in responses and logs: the first and last four characters only. */
public final class Masking {

    private static final int SHOWN = 4;

    /** {@code 6222021234567891234} → {@code 6222****1234}; short values are masked whole. */
    public static String mask(String value) {
        if (value == null) {
            return null;
        }
        if (value.length() <= 2 * SHOWN) {
            return "*".repeat(value.length());
        }
        return value.substring(0, SHOWN) + "****" + value.substring(value.length() - SHOWN);
    }

    /** A mainland mobile number: {@code 13800138000} → {@code 138****8000}. */
    public static String maskMobile(String mobile) {
        if (mobile == null || mobile.length() != 11) {
            return mask(mobile);
        }
        return mobile.substring(0, 3) + "****" + mobile.substring(7);
    }

    private Masking() {
    }
}
