package cloud.marketplace.merchant;

import cloud.marketplace.merchant.form.Company;
import cloud.marketplace.merchant.form.LegalRepresentative;
import cloud.marketplace.merchant.form.OrganizationCode;
import cloud.marketplace.merchant.form.SuperAdmin;
import cloud.marketplace.merchant.form.SuperAdminType;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Fixed, valid data for the merchant forms; numbers whose check characters were computed and verified. */
public final class Fixtures {

    /** GB 11643's published sample: check character X. */
    public static final String ID_NUMBER = "11010519491231002X";
    /** Another valid ID card number (check digit 5). */
    public static final String OTHER_ID_NUMBER = "320102198506153215";
    /** Tencent's organization code, as inside its unified social credit code 9144030071526726XG (check X). */
    public static final String ORG_CODE = "71526726-X";
    public static final String CREDIT_CODE = "9144030071526726XG";
    /** A 15-character registration number of a licence issued before the unified code: it needs an organization code. */
    public static final String OLD_LICENCE_NUMBER = "440301103097413";
    public static final String COMPANY = "深圳市云市场科技有限公司";
    public static final String LEGAL_NAME = "张三";
    public static final String BANK_ACCOUNT = "6222021234567891234";
    public static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
    /** 2025-06-01 10:00 in Asia/Shanghai. */
    public static final Instant NOW = Instant.parse("2025-06-01T02:00:00Z");

    public static Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    public static Company company() {
        return new Company(COMPANY, CREDIT_CODE, LEGAL_NAME);
    }

    public static Company companyWithOldLicence() {
        return new Company(COMPANY, OLD_LICENCE_NUMBER, LEGAL_NAME);
    }

    public static SuperAdmin superAdmin() {
        return new SuperAdmin(SuperAdminType.LEGAL_REPRESENTATIVE, LEGAL_NAME, ID_NUMBER, "13800138000", "admin@example.cn");
    }

    public static LegalRepresentative legalRepresentative() {
        return new LegalRepresentative(LegalRepresentative.MAINLAND_ID_CARD, LEGAL_NAME, ID_NUMBER, "2020-01-01", "2040-01-01");
    }

    public static OrganizationCode organizationCode() {
        return new OrganizationCode(ORG_CODE, "2015-03-01", "长期");
    }

    /** A JPEG (by its magic number) of exactly {@code size} bytes. */
    public static byte[] jpeg(int size) {
        byte[] bytes = new byte[size];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xD8;
        bytes[2] = (byte) 0xFF;
        for (int i = 3; i < size; i++) {
            bytes[i] = (byte) (i * 31);
        }
        return bytes;
    }

    public static byte[] png(int size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        out.writeBytes(new byte[size - 8]);
        return out.toByteArray();
    }

    private Fixtures() {
    }
}
