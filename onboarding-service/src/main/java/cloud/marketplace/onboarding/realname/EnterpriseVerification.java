package cloud.marketplace.onboarding.realname;

/**
 * The enterprise real-name verification partner (企业实名认证). An answer it cannot give — too slow,
 * down, or unreadable — is thrown as a problem (503 or 502), never returned as a verdict.
 */
public interface EnterpriseVerification {

    PartnerVerdict verify(EnterpriseIdentity identity);
}
