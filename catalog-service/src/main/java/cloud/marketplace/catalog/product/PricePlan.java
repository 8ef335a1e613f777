package cloud.marketplace.catalog.product;

/** One way to buy a product; the amount is integer fen (CNY). */
public record PricePlan(String name, BillingCycle billingCycle, long amountFen) {
}
