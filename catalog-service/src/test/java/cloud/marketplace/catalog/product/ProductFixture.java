package cloud.marketplace.catalog.product;

import cloud.marketplace.catalog.eligibility.DepositStatus;
import cloud.marketplace.catalog.eligibility.ListingPrerequisite;
import cloud.marketplace.catalog.eligibility.ProviderEligibility;
import cloud.marketplace.contracts.events.MerchantChannel;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Fixed products, eligibilities and times for plain tests of the product rules. */
final class ProductFixture {

    static final String PROVIDER = "p-fixture";
    static final long APPROVED_CATEGORY = 101L;
    static final long OTHER_CATEGORY = 140L;
    static final Instant T0 = Instant.parse("2026-03-02T02:00:00Z");

    static Instant at(int minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    static ProductContent content(String name) {
        return new ProductContent(APPROVED_CATEGORY, name, "一键部署的数据库备份", "每日自动备份，支持按时间点恢复。", DeliveryType.SAAS,
                List.of(new PricePlan("基础版", BillingCycle.MONTHLY, 9_900), new PricePlan("专业版", BillingCycle.YEARLY, 99_000)),
                new Contact("李四", "13800138000", "support@example.cn"));
    }

    static Product draft() {
        return Product.draft("prod-1", PROVIDER, content("云备份"), T0);
    }

    /** A provider that has done every step, approved for {@link #APPROVED_CATEGORY}. */
    static ProviderEligibility eligible() {
        return eligibleExcept();
    }

    /** A provider approved for {@link #APPROVED_CATEGORY} that has done every step but these. */
    static ProviderEligibility eligibleExcept(ListingPrerequisite... missing) {
        Set<ListingPrerequisite> left = Set.of(missing);
        return new ProviderEligibility(PROVIDER,
                left.contains(ListingPrerequisite.PROVIDER_APPROVED) ? null
                        : new ProviderEligibility.Approval("app-1", Set.of(APPROVED_CATEGORY), T0),
                left.contains(ListingPrerequisite.STORE_PUBLISHED) ? null : new ProviderEligibility.StorePublication(1, T0),
                left.contains(ListingPrerequisite.MERCHANT_ACTIVE) ? Map.of()
                        : Map.of(MerchantChannel.WECHAT_PAY,
                        new ProviderEligibility.MerchantAccount(MerchantChannel.WECHAT_PAY, "1900000109", T0)),
                left.contains(ListingPrerequisite.DEPOSIT_PAID) ? null
                        : new ProviderEligibility.Deposit(DepositStatus.PAID, 500_000, 500_000, T0));
    }

    static Product listed() {
        Product product = draft();
        product.submit(eligible(), at(1));
        product.approve(at(2));
        return product;
    }

    private ProductFixture() {
    }
}
