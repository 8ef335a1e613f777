package cloud.marketplace.merchant.form;

/**
 * The company a merchant form is for, as onboarding approved it: never typed into a merchant
 * form. {@code legalRepresentativeName} comes from the enterprise real-name verification.
 */
public record Company(String name, String businessLicenseNumber, String legalRepresentativeName) {

    public static final int UNIFIED_CODE_LENGTH = 18;

    /** Multi-licence-in-one companies (多证合一) have an 18-character licence number and no separate organization code. */
    public boolean needsOrganizationCode() {
        return businessLicenseNumber.length() != UNIFIED_CODE_LENGTH;
    }
}
