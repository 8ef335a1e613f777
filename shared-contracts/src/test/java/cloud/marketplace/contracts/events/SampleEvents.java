package cloud.marketplace.contracts.events;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** One event of every type, with fixed data. */
final class SampleEvents {

    static final String PROVIDER_ID = "provider-4711";
    static final String CATEGORY_ID = "103";
    /** Sub-second digits on purpose: the round trip must keep them. */
    static final Instant OCCURRED_AT = Instant.parse("2026-03-02T08:30:00.123456Z");
    static final Instant AT = Instant.parse("2026-03-02T08:29:59Z");
    static final String CREDIT_CODE = "91440300MA5G00001W";

    private static final List<IntegrationEvent> ALL = List.of(
            new ProviderApplicationSubmitted(eventId(1), OCCURRED_AT, 1, PROVIDER_ID, "application-1", 2,
                    "深圳市示例科技有限公司", CREDIT_CODE, List.of(101L, 114L), AT),
            new ProviderApproved(eventId(2), OCCURRED_AT, 1, PROVIDER_ID, "application-1", "深圳市示例科技有限公司",
                    CREDIT_CODE, CREDIT_CODE, List.of(101L, 114L), AT, "operator-7"),
            new ProviderRejected(eventId(3), OCCURRED_AT, 1, PROVIDER_ID, "application-1",
                    List.of(new FieldReason("businessLicense", "营业执照电子版未加盖公章"),
                            new FieldReason("registeredCapitalFen", "注册资金不足 50 万元")),
                    AT, "operator-7"),
            new StorePublished(eventId(4), OCCURRED_AT, 1, PROVIDER_ID, "示例科技官方店", 3, AT),
            new MerchantApplicationSubmitted(eventId(5), OCCURRED_AT, 1, PROVIDER_ID, "merchant-application-9",
                    MerchantChannel.WECHAT_PAY, AT),
            new MerchantVerificationRequired(eventId(6), OCCURRED_AT, 1, PROVIDER_ID, "merchant-application-9",
                    MerchantChannel.WECHAT_PAY, MerchantVerificationKind.REMITTANCE, Instant.parse("2026-03-05T08:29:59Z")),
            new MerchantActivated(eventId(7), OCCURRED_AT, 1, PROVIDER_ID, "merchant-application-10",
                    MerchantChannel.TENPAY, "1900012345", AT),
            new MerchantApplicationRejected(eventId(8), OCCURRED_AT, 1, PROVIDER_ID, "merchant-application-9",
                    MerchantChannel.WECHAT_PAY,
                    List.of(new FieldReason("legalRepresentative.idNumber", "身份证号码与姓名不一致")), AT),
            new ProductSubmitted(eventId(9), OCCURRED_AT, 1, PROVIDER_ID, "product-55", 101L, "示例数据库备份", AT),
            new ProductListed(eventId(10), OCCURRED_AT, 1, PROVIDER_ID, "product-55", 101L, "示例数据库备份", AT),
            new ProductRejected(eventId(11), OCCURRED_AT, 1, PROVIDER_ID, "product-56",
                    List.of(new FieldReason("summary", "商品简介不完整")), AT),
            new ProductDelisted(eventId(12), OCCURRED_AT, 1, PROVIDER_ID, "product-55", "服务商主动下架", PROVIDER_ID, AT),
            new CategoryChanged(eventId(13), OCCURRED_AT, 1, CATEGORY_ID, CategoryKind.GENERAL, "1", "管理与监控",
                    "Management and monitoring", null, 3, false, CategoryChange.RENAMED, 42L),
            new DepositPaid(eventId(14), OCCURRED_AT, 1, PROVIDER_ID, 500_000L, 500_000L, AT),
            new DepositShortfall(eventId(15), OCCURRED_AT, 1, PROVIDER_ID, 500_000L, 200_000L, 300_000L, AT),
            new CommissionCharged(eventId(16), OCCURRED_AT, 1, PROVIDER_ID, "order-2026-0001", "product-55",
                    12_345L, 1_235L, 11_110L, 1_000, AT),
            new WithdrawalCompleted(eventId(17), OCCURRED_AT, 1, PROVIDER_ID, "withdrawal-3", 11_110L, AT),
            new OrderCompleted(eventId(18), OCCURRED_AT, 1, "order-2026-0001", PROVIDER_ID, "product-55", 12_345L, AT),
            new OrderRefunded(eventId(19), OCCURRED_AT, 1, "order-2026-0001", PROVIDER_ID, 2_345L, AT));

    private static final Map<Class<?>, IntegrationEvent> BY_CLASS =
            ALL.stream().collect(Collectors.toUnmodifiableMap(Object::getClass, Function.identity()));

    static List<IntegrationEvent> all() {
        return ALL;
    }

    static boolean has(Class<?> eventClass) {
        return BY_CLASS.containsKey(eventClass);
    }

    static <E extends IntegrationEvent> E of(Class<E> eventClass) {
        IntegrationEvent sample = BY_CLASS.get(eventClass);
        if (sample == null) {
            throw new IllegalArgumentException("no sample of " + eventClass.getSimpleName());
        }
        return eventClass.cast(sample);
    }

    private static String eventId(int n) {
        return "3f1c2e9a-5b7d-4c1e-9a0b-%012d".formatted(n);
    }

    private SampleEvents() {
    }
}
