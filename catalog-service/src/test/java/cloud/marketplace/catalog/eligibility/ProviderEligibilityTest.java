package cloud.marketplace.catalog.eligibility;

import static cloud.marketplace.catalog.eligibility.ListingPrerequisite.DEPOSIT_PAID;
import static cloud.marketplace.catalog.eligibility.ListingPrerequisite.MERCHANT_ACTIVE;
import static cloud.marketplace.catalog.eligibility.ListingPrerequisite.PROVIDER_APPROVED;
import static cloud.marketplace.catalog.eligibility.ListingPrerequisite.STORE_PUBLISHED;
import static org.assertj.core.api.Assertions.assertThat;

import cloud.marketplace.contracts.events.DepositPaid;
import cloud.marketplace.contracts.events.DepositShortfall;
import cloud.marketplace.contracts.events.FieldReason;
import cloud.marketplace.contracts.events.IntegrationEvent;
import cloud.marketplace.contracts.events.MerchantActivated;
import cloud.marketplace.contracts.events.MerchantChannel;
import cloud.marketplace.contracts.events.ProviderApproved;
import cloud.marketplace.contracts.events.ProviderRejected;
import cloud.marketplace.contracts.events.StorePublished;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ProviderEligibilityTest {

    private static final String PROVIDER = "p-eligibility";
    private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

    private static Instant at(int minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    private static ProviderApproved approved(int minute, Long... categoryIds) {
        return ProviderApproved.of(at(minute), PROVIDER, "app-1", "深圳市云服务科技有限公司", "91440300MA5FXXXX1X",
                "91440300MA5FXXXX1X", List.of(categoryIds), at(minute), "operator-1");
    }

    private static StorePublished storePublished(int minute, int revision) {
        return StorePublished.of(at(minute), PROVIDER, "云服务旗舰店", revision, at(minute));
    }

    private static MerchantActivated merchantActivated(int minute, MerchantChannel channel) {
        return MerchantActivated.of(at(minute), PROVIDER, "merchant-app-" + channel, channel, "1900000109", at(minute));
    }

    private static DepositPaid depositPaid(int minute) {
        return DepositPaid.of(at(minute), PROVIDER, 500_000, 500_000, at(minute));
    }

    private static DepositShortfall shortfall(int minute, long paidFen) {
        return DepositShortfall.of(at(minute), PROVIDER, 500_000, paidFen, 500_000 - paidFen, at(minute));
    }

    /** Each prerequisite's event, in journey order. */
    private static IntegrationEvent eventFor(ListingPrerequisite prerequisite) {
        return switch (prerequisite) {
            case PROVIDER_APPROVED -> approved(1, 101L);
            case MERCHANT_ACTIVE -> merchantActivated(2, MerchantChannel.WECHAT_PAY);
            case DEPOSIT_PAID -> depositPaid(3);
            case STORE_PUBLISHED -> storePublished(4, 1);
        };
    }

    private static ProviderEligibility applied(List<? extends IntegrationEvent> events) {
        ProviderEligibility eligibility = ProviderEligibility.unknown(PROVIDER);
        for (IntegrationEvent event : events) {
            eligibility = eligibility.apply(event);
        }
        return eligibility;
    }

    @Test
    void providerNobodyToldUsAboutMissesEveryStepInJourneyOrder() {
        assertThat(ProviderEligibility.unknown(PROVIDER).missing())
                .containsExactly(PROVIDER_APPROVED, MERCHANT_ACTIVE, DEPOSIT_PAID, STORE_PUBLISHED);
    }

    @ParameterizedTest
    @EnumSource(ListingPrerequisite.class)
    void providerMissingOneStepIsToldExactlyThatStep(ListingPrerequisite left) {
        List<IntegrationEvent> others = new ArrayList<>();
        for (ListingPrerequisite prerequisite : ListingPrerequisite.values()) {
            if (prerequisite != left) {
                others.add(eventFor(prerequisite));
            }
        }

        assertThat(applied(others).missing()).containsExactly(left);
    }

    @Test
    void providerWithEveryStepDoneMissesNothing() {
        ProviderEligibility eligibility = applied(List.of(ListingPrerequisite.values()).stream().map(ProviderEligibilityTest::eventFor).toList());

        assertThat(eligibility.missing()).isEmpty();
        assertThat(eligibility.approvedFor(101L)).isTrue();
        assertThat(eligibility.approvedFor(102L)).isFalse();
    }

    @Test
    void eventsInAnyOrderAndRepeatedGiveTheSameProjection() {
        List<IntegrationEvent> events = new ArrayList<>(List.of(approved(1, 101L, 102L), storePublished(2, 1),
                merchantActivated(3, MerchantChannel.TENPAY), depositPaid(4)));
        ProviderEligibility inOrder = applied(events);

        Random random = new Random(6);
        for (int round = 0; round < 20; round++) {
            List<IntegrationEvent> shuffled = new ArrayList<>(events);
            shuffled.addAll(events.subList(0, 1 + random.nextInt(events.size())));
            Collections.shuffle(shuffled, random);
            assertThat(applied(shuffled)).as("order %s", shuffled).isEqualTo(inOrder);
        }
        assertThat(inOrder.missing()).isEmpty();
    }

    @Test
    void depositPaidBeforeTheApprovalIsKept() {
        ProviderEligibility eligibility = applied(List.of(depositPaid(5), approved(9, 101L)));

        assertThat(eligibility.deposit().status()).isEqualTo(DepositStatus.PAID);
        assertThat(eligibility.missing()).containsExactly(MERCHANT_ACTIVE, STORE_PUBLISHED);
    }

    @Test
    void anOlderApprovalArrivingLateDoesNotReplaceTheNewerCategories() {
        ProviderEligibility eligibility = applied(List.of(approved(10, 101L, 103L), approved(1, 102L)));

        assertThat(eligibility.approvedCategoryIds()).containsExactly(101L, 103L);
        assertThat(eligibility.approval().occurredAt()).isEqualTo(at(10));
    }

    @Test
    void aNewerApprovalReplacesTheCategories() {
        ProviderEligibility eligibility = applied(List.of(approved(1, 102L), approved(10, 101L, 103L)));

        assertThat(eligibility.approvedCategoryIds()).containsExactly(101L, 103L);
    }

    @Test
    void shortfallAfterPaymentKeepsTheDepositCountingForListing() {
        // the tier was raised after the provider paid: withdrawals wait for a top-up, listing does not
        ProviderEligibility eligibility = applied(List.of(depositPaid(1), shortfall(2, 300_000)));

        assertThat(eligibility.deposit().status()).isEqualTo(DepositStatus.SHORTFALL);
        assertThat(eligibility.deposit().paidFen()).isEqualTo(300_000);
        assertThat(eligibility.missing()).doesNotContain(DEPOSIT_PAID);
    }

    @Test
    void legacyDepositBelowTheTierCountsForListing() {
        assertThat(applied(List.of(shortfall(1, 200_000))).missing()).doesNotContain(DEPOSIT_PAID);
    }

    @Test
    void shortfallWithNothingPaidDoesNotCount() {
        assertThat(applied(List.of(shortfall(1, 0))).missing()).contains(DEPOSIT_PAID);
    }

    @Test
    void staleShortfallDoesNotOverrideANewerPayment() {
        ProviderEligibility eligibility = applied(List.of(depositPaid(5), shortfall(1, 0)));

        assertThat(eligibility.deposit().status()).isEqualTo(DepositStatus.PAID);
        assertThat(eligibility.deposit().occurredAt()).isEqualTo(at(5));
        assertThat(eligibility.missing()).doesNotContain(DEPOSIT_PAID);
    }

    @Test
    void topUpAfterShortfallIsPaid() {
        ProviderEligibility eligibility = applied(List.of(shortfall(1, 200_000), depositPaid(5)));

        assertThat(eligibility.deposit().status()).isEqualTo(DepositStatus.PAID);
    }

    @Test
    void bothMerchantChannelsAreKeptAndAnOlderActivationDoesNotReplaceANewerOne() {
        MerchantActivated newer = merchantActivated(8, MerchantChannel.WECHAT_PAY);
        ProviderEligibility eligibility = applied(List.of(newer, merchantActivated(3, MerchantChannel.TENPAY),
                merchantActivated(1, MerchantChannel.WECHAT_PAY)));

        assertThat(eligibility.merchantAccounts()).containsOnlyKeys(MerchantChannel.WECHAT_PAY, MerchantChannel.TENPAY);
        assertThat(eligibility.merchantAccounts().get(MerchantChannel.WECHAT_PAY).occurredAt()).isEqualTo(at(8));
    }

    @Test
    void laterStoreRevisionIsKeptWhateverTheArrivalOrder() {
        assertThat(applied(List.of(storePublished(7, 3), storePublished(2, 1))).store().revision()).isEqualTo(3);
    }

    @Test
    void eventsCatalogDoesNotTrackChangeNothing() {
        ProviderEligibility before = applied(List.of(approved(1, 101L)));
        ProviderRejected rejected = ProviderRejected.of(at(2), PROVIDER, "app-2",
                List.of(new FieldReason("businessLicense", "模糊")), at(2), "operator-1");

        assertThat(before.apply(rejected)).isEqualTo(before);
    }
}
