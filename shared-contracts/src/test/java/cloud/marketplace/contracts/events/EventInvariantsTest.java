package cloud.marketplace.contracts.events;

import static cloud.marketplace.contracts.events.SampleEvents.AT;
import static cloud.marketplace.contracts.events.SampleEvents.CREDIT_CODE;
import static cloud.marketplace.contracts.events.SampleEvents.OCCURRED_AT;
import static cloud.marketplace.contracts.events.SampleEvents.PROVIDER_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules the records keep beyond "present": each refusal names the field. */
class EventInvariantsTest {

    private static final String EVENT_ID = "3f1c2e9a-5b7d-4c1e-9a0b-000000000099";

    @Test
    void refusesAnEventIdThatIsNotACanonicalUuid() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new StorePublished("event-1", OCCURRED_AT, 1, PROVIDER_ID, "店铺", 1, AT))
                .withMessageContaining("eventId");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new StorePublished(EVENT_ID.toUpperCase(), OCCURRED_AT, 1, PROVIDER_ID, "店铺", 1, AT))
                .withMessageContaining("eventId");
    }

    @Test
    void refusesASchemaVersionBelowOne() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new StorePublished(EVENT_ID, OCCURRED_AT, 0, PROVIDER_ID, "店铺", 1, AT))
                .withMessageContaining("schemaVersion");
    }

    @Test
    void refusesBlankTextNamingTheField() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new StorePublished(EVENT_ID, OCCURRED_AT, 1, " ", "店铺", 1, AT))
                .withMessageContaining("providerId");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ProductDelisted.of(OCCURRED_AT, PROVIDER_ID, "product-1", "", PROVIDER_ID, AT))
                .withMessageContaining("reason");
    }

    @Test
    void refusesACreditCodeOutsideTheNationalAlphabet() {
        String withLetterI = "91440300MA5G0000IW";
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ProviderApproved.of(OCCURRED_AT, PROVIDER_ID, "application-1", "公司", withLetterI,
                        CREDIT_CODE, List.of(101L), AT, "operator-7"))
                .withMessageContaining("creditCode");
    }

    @Test
    void refusesEmptyRepeatedOrNullCategoryIds() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> submittedWith(List.of()))
                .withMessageContaining("categoryIds");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> submittedWith(List.of(101L, 101L)))
                .withMessageContaining("categoryIds");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> submittedWith(List.of(0L)))
                .withMessageContaining("categoryIds");
        assertThatNullPointerException()
                .isThrownBy(() -> submittedWith(Arrays.asList(101L, null)))
                .withMessageContaining("categoryIds");
    }

    @Test
    void keepsItsOwnCopyOfAList() {
        List<Long> chosen = new ArrayList<>(List.of(101L, 102L));
        ProviderApplicationSubmitted submitted = submittedWith(chosen);

        chosen.add(103L);

        assertThat(submitted.categoryIds()).containsExactly(101L, 102L);
    }

    @Test
    void refusesARejectionWithoutReasons() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ProviderRejected.of(OCCURRED_AT, PROVIDER_ID, "application-1", List.of(), AT, "operator-7"))
                .withMessageContaining("reasons");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new FieldReason("companyName", " "))
                .withMessageContaining("reason");
    }

    @Test
    void refusesNegativeMoney() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> OrderCompleted.of(OCCURRED_AT, "order-1", PROVIDER_ID, "product-1", -1L, AT))
                .withMessageContaining("amountFen");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> OrderRefunded.of(OCCURRED_AT, "order-1", PROVIDER_ID, 0L, AT))
                .withMessageContaining("refundFen");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> WithdrawalCompleted.of(OCCURRED_AT, PROVIDER_ID, "withdrawal-1", 0L, AT))
                .withMessageContaining("amountFen");
    }

    @Test
    void refusesADepositPaidBelowItsTier() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> DepositPaid.of(OCCURRED_AT, PROVIDER_ID, 500_000L, 499_999L, AT))
                .withMessageContaining("paidFen");
    }

    @Test
    void refusesAShortfallThatIsNotTheDifference() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> DepositShortfall.of(OCCURRED_AT, PROVIDER_ID, 500_000L, 200_000L, 200_000L, AT))
                .withMessageContaining("shortfallFen");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> DepositShortfall.of(OCCURRED_AT, PROVIDER_ID, 500_000L, 500_000L, 0L, AT))
                .withMessageContaining("shortfallFen");
    }

    @Test
    void refusesACommissionWhoseFeeAndShareDoNotAddUpToTheOrder() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CommissionCharged.of(OCCURRED_AT, PROVIDER_ID, "order-1", "product-1",
                        10_000L, 1_000L, 9_001L, 1_000, AT))
                .withMessageContaining("providerShareFen");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CommissionCharged.of(OCCURRED_AT, PROVIDER_ID, "order-1", "product-1",
                        10_000L, 1_000L, 9_000L, 10_001, AT))
                .withMessageContaining("rateBasisPoints");
    }

    @Test
    void refusesACategoryIdThatIsNotANumberOrItsOwnParent() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> categoryChanged("cat-3", "1"))
                .withMessageContaining("categoryId");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> categoryChanged("103", "103"))
                .withMessageContaining("parentId");
        assertThat(categoryChanged("1", null).partitionKey()).isEqualTo("1");
    }

    private static ProviderApplicationSubmitted submittedWith(List<Long> categoryIds) {
        return ProviderApplicationSubmitted.of(OCCURRED_AT, PROVIDER_ID, "application-1", 1, "公司", CREDIT_CODE,
                categoryIds, AT);
    }

    private static CategoryChanged categoryChanged(String categoryId, String parentId) {
        return CategoryChanged.of(OCCURRED_AT, categoryId, CategoryKind.GENERAL, parentId, "安全", "Security", null, 1,
                false, CategoryChange.CREATED, 1L);
    }
}
