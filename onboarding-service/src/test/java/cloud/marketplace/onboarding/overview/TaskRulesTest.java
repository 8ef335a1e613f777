package cloud.marketplace.onboarding.overview;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.marketplace.onboarding.client.billing.DepositStatus;
import cloud.marketplace.onboarding.client.catalog.ProductSummary;
import cloud.marketplace.onboarding.client.merchant.MerchantStatus;
import cloud.marketplace.onboarding.client.merchant.MerchantStatus.Channel;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TaskRulesTest {

    @Test
    void merchantAccountIsDoneWhenAnyChannelIsActive() {
        assertThat(TaskRules.merchantAccount(new MerchantStatus("p", List.of(
                new Channel("WECHAT_PAY", "SIGNING", false), new Channel("TENPAY", "ACTIVE", true)))))
                .isEqualTo(TaskStatus.DONE);
        assertThat(TaskRules.merchantAccount(new MerchantStatus("p", List.of(new Channel("WECHAT_PAY", "SUBMITTED", false)))))
                .isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(TaskRules.merchantAccount(new MerchantStatus("p", List.of()))).isEqualTo(TaskStatus.TODO);
        assertThat(TaskRules.merchantAccount(new MerchantStatus("p", null))).isEqualTo(TaskStatus.TODO);
    }

    @ParameterizedTest(name = "{0} with {1} of 500000 fen paid: {2}")
    @CsvSource({"PAID, 500000, DONE", "UNPAID, 0, TODO", "UNPAID, 100, IN_PROGRESS", "SHORTFALL, 300000, IN_PROGRESS",
            "SHORTFALL, 0, IN_PROGRESS"})
    void depositFollowsTheAccountStatus(String status, long paidFen, TaskStatus expected) {
        assertThat(TaskRules.deposit(new DepositStatus("p", 500_000, paidFen, status))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} products, {1} listed: {2}")
    @CsvSource({"0, 0, TODO", "3, 0, IN_PROGRESS", "3, 1, DONE"})
    void productIsDoneOnceOneIsListed(long total, long listed, TaskStatus expected) {
        assertThat(TaskRules.product(new ProductSummary("p", total, listed, total - listed))).isEqualTo(expected);
    }
}
