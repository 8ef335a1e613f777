package cloud.marketplace.onboarding.realname;

public enum RealNameStatus {
    VERIFIED, FAILED
}
