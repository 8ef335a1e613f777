package cloud.marketplace.catalog.product;

/** How often a price plan is charged. */
public enum BillingCycle {
    ONE_TIME,
    MONTHLY,
    QUARTERLY,
    YEARLY
}
