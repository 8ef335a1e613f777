package cloud.marketplace.onboarding.overview;

/** The overview's tasks (任务指引), in the order the provider does them. */
public enum Task {
    MERCHANT_ACCOUNT, STORE, PRODUCT, DEPOSIT
}
