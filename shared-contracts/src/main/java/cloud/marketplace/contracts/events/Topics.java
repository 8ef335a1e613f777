package cloud.marketplace.contracts.events;

import java.util.List;

/** Kafka topic names. Explicit constants: a class rename never changes the wire. */
public final class Topics {

    public static final String PROVIDER = "marketplace.onboarding.provider.v1";
    public static final String MERCHANT_ACCOUNT = "marketplace.merchant.account.v1";
    public static final String PRODUCT = "marketplace.catalog.product.v1";
    public static final String CATEGORY = "marketplace.catalog.category.v1";
    public static final String DEPOSIT = "marketplace.billing.deposit.v1";
    public static final String LEDGER = "marketplace.billing.ledger.v1";
    /** Produced by the marketplace's order system, consumed by billing. */
    public static final String ORDERS = "marketplace.orders.v1";

    public static final List<String> ALL = List.of(PROVIDER, MERCHANT_ACCOUNT, PRODUCT, CATEGORY, DEPOSIT, LEDGER, ORDERS);

    private static final String DEAD_LETTER_SUFFIX = ".dlt";

    /** Where a message goes that could not be processed after bounded retries. */
    public static String deadLetter(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }

    private Topics() {
    }
}
