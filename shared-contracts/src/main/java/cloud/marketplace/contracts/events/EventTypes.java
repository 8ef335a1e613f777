package cloud.marketplace.contracts.events;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The registry of every event of the system: {@code ce_type} names, topics and schemas. */
public final class EventTypes {

    // Names are written out, never derived from a class name: a rename must not change the wire.
    private static final List<EventType<?>> ALL = List.of(
            new EventType<>("cloud.marketplace.onboarding.ProviderApplicationSubmitted.v1",
                    Topics.PROVIDER, ProviderApplicationSubmitted.class, "/schemas/ProviderApplicationSubmitted.v1.json"),
            new EventType<>("cloud.marketplace.onboarding.ProviderApproved.v1",
                    Topics.PROVIDER, ProviderApproved.class, "/schemas/ProviderApproved.v1.json"),
            new EventType<>("cloud.marketplace.onboarding.ProviderRejected.v1",
                    Topics.PROVIDER, ProviderRejected.class, "/schemas/ProviderRejected.v1.json"),
            new EventType<>("cloud.marketplace.onboarding.StorePublished.v1",
                    Topics.PROVIDER, StorePublished.class, "/schemas/StorePublished.v1.json"),
            new EventType<>("cloud.marketplace.merchant.MerchantApplicationSubmitted.v1",
                    Topics.MERCHANT_ACCOUNT, MerchantApplicationSubmitted.class, "/schemas/MerchantApplicationSubmitted.v1.json"),
            new EventType<>("cloud.marketplace.merchant.MerchantVerificationRequired.v1",
                    Topics.MERCHANT_ACCOUNT, MerchantVerificationRequired.class, "/schemas/MerchantVerificationRequired.v1.json"),
            new EventType<>("cloud.marketplace.merchant.MerchantActivated.v1",
                    Topics.MERCHANT_ACCOUNT, MerchantActivated.class, "/schemas/MerchantActivated.v1.json"),
            new EventType<>("cloud.marketplace.merchant.MerchantApplicationRejected.v1",
                    Topics.MERCHANT_ACCOUNT, MerchantApplicationRejected.class, "/schemas/MerchantApplicationRejected.v1.json"),
            new EventType<>("cloud.marketplace.catalog.ProductSubmitted.v1",
                    Topics.PRODUCT, ProductSubmitted.class, "/schemas/ProductSubmitted.v1.json"),
            new EventType<>("cloud.marketplace.catalog.ProductListed.v1",
                    Topics.PRODUCT, ProductListed.class, "/schemas/ProductListed.v1.json"),
            new EventType<>("cloud.marketplace.catalog.ProductRejected.v1",
                    Topics.PRODUCT, ProductRejected.class, "/schemas/ProductRejected.v1.json"),
            new EventType<>("cloud.marketplace.catalog.ProductDelisted.v1",
                    Topics.PRODUCT, ProductDelisted.class, "/schemas/ProductDelisted.v1.json"),
            new EventType<>("cloud.marketplace.catalog.CategoryChanged.v1",
                    Topics.CATEGORY, CategoryChanged.class, "/schemas/CategoryChanged.v1.json"),
            new EventType<>("cloud.marketplace.billing.DepositPaid.v1",
                    Topics.DEPOSIT, DepositPaid.class, "/schemas/DepositPaid.v1.json"),
            new EventType<>("cloud.marketplace.billing.DepositShortfall.v1",
                    Topics.DEPOSIT, DepositShortfall.class, "/schemas/DepositShortfall.v1.json"),
            new EventType<>("cloud.marketplace.billing.CommissionCharged.v1",
                    Topics.LEDGER, CommissionCharged.class, "/schemas/CommissionCharged.v1.json"),
            new EventType<>("cloud.marketplace.billing.WithdrawalCompleted.v1",
                    Topics.LEDGER, WithdrawalCompleted.class, "/schemas/WithdrawalCompleted.v1.json"),
            new EventType<>("cloud.marketplace.orders.OrderCompleted.v1",
                    Topics.ORDERS, OrderCompleted.class, "/schemas/OrderCompleted.v1.json"),
            new EventType<>("cloud.marketplace.orders.OrderRefunded.v1",
                    Topics.ORDERS, OrderRefunded.class, "/schemas/OrderRefunded.v1.json"));

    private static final Map<String, EventType<?>> BY_NAME =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::name, Function.identity()));
    private static final Map<Class<?>, EventType<?>> BY_CLASS =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::javaType, Function.identity()));

    public static List<EventType<?>> all() {
        return ALL;
    }

    public static Optional<EventType<?>> named(String ceType) {
        return Optional.ofNullable(BY_NAME.get(ceType));
    }

    @SuppressWarnings("unchecked")
    public static <E extends IntegrationEvent> EventType<E> of(Class<E> eventClass) {
        EventType<?> type = BY_CLASS.get(eventClass);
        if (type == null) {
            throw new IllegalArgumentException("not a registered event: " + eventClass.getName());
        }
        return (EventType<E>) type;
    }

    private EventTypes() {
    }
}
