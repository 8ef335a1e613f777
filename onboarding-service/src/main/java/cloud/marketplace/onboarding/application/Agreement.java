package cloud.marketplace.onboarding.application;

/** An agreement in force: its code, current version, title and where to read it. */
public record Agreement(String code, String version, String title, String url) {
}
