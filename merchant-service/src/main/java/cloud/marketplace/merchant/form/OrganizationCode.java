package cloud.marketplace.merchant.form;

/** The organization-code certificate, needed only when the business licence number is not 18 characters. */
public record OrganizationCode(String code, String validFrom, String validUntil) {
}
