package cloud.marketplace.onboarding.realname;

/** The partner's answer: verified (with the company name as registered) or not (with its reason). */
public record PartnerVerdict(boolean verified, String companyName, String reason) {
}
