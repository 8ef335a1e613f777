package cloud.marketplace.onboarding.realname;

/** What the provider says its company is: checked by the enterprise-verification partner. */
public record EnterpriseIdentity(String companyName, String creditCode, String legalRepresentativeName) {
}
