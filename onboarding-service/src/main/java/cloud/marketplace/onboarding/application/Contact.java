package cloud.marketplace.onboarding.application;

/** The provider's contact for the review: name, mainland mobile number and e-mail. */
public record Contact(String name, String mobile, String email) {
}
