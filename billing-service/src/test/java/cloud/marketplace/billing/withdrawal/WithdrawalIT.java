package cloud.marketplace.billing.withdrawal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cloud.marketplace.billing.BillingIntegrationTest;
import cloud.marketplace.contracts.events.CloudEventHeaders;
import cloud.marketplace.contracts.events.Topics;
import cloud.marketplace.platform.test.EventProbe;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

class WithdrawalIT extends BillingIntegrationTest {

    @Autowired Withdrawals withdrawals;

    private void settlementAccount(String providerId, String channel) {
        partners.stubFor(WireMock.get("/internal/merchants/providers/" + providerId + "/settlement-account")
                .withHeader("Authorization", matching("Bearer .+"))
                .willReturn(okJson("""
                        {"providerId":"%s","channel":"%s","merchantId":"1900012345","bankName":"招商银行",
                         "accountName":"深圳测试科技有限公司","accountNumber":"755912345678901"}""".formatted(providerId, channel))));
    }

    private void noSettlementAccount(String providerId) {
        partners.stubFor(WireMock.get("/internal/merchants/providers/" + providerId + "/settlement-account")
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":404,\"detail\":\"no active merchant account\"}")));
    }

    private void earnings(String providerId, long orderAmountFen) {
        long before = ledgerRows(providerId);
        publish(order(providerId, orderAmountFen, Instant.now().minus(Duration.ofDays(8))));
        await().atMost(Duration.ofSeconds(20)).until(() -> ledgerRows(providerId) == before + 1);
    }

    private ResponseEntity<String> withdraw(String providerId, long amountFen) {
        return post("/api/billing/withdrawals", provider(providerId), UUID.randomUUID().toString(), Map.of("amountFen", amountFen));
    }

    private List<String> blocks(ResponseEntity<String> refused) {
        assertThat(refused.getStatusCode().value()).isEqualTo(422);
        assertThat(body(refused).get("type").asString()).endsWith("/withdrawal-blocked");
        return body(refused).get("blockedBy").valueStream().map(b -> b.get("code").asString()).toList();
    }

    private long withdrawalsOf(String providerId) {
        return jdbc.sql("SELECT COUNT(*) FROM withdrawal WHERE provider_id = :p").param("p", providerId).query(Long.class).single();
    }

    @Test
    void everyBlockingReasonIsNamedInOneAnswer() {
        String providerId = approvedProvider();
        noSettlementAccount(providerId);

        assertThat(blocks(withdraw(providerId, 100)))
                .containsExactly("DEPOSIT_BELOW_TIER", "NO_ACTIVE_MERCHANT_ACCOUNT", "INSUFFICIENT_WITHDRAWABLE_BALANCE");
        assertThat(withdrawalsOf(providerId)).isZero();
    }

    @Test
    void aDepositBelowTheTierAloneBlocks() {
        String providerId = approvedProvider();
        post("/api/billing/legacy-deposits", admin(), Map.of("deposits",
                List.of(Map.of("providerId", providerId, "paidFen", 499999, "paidOn", "2018-01-01"))));
        settlementAccount(providerId, "TENPAY");
        earnings(providerId, 10000);

        var refused = withdraw(providerId, 9000);
        assertThat(blocks(refused)).containsExactly("DEPOSIT_BELOW_TIER");
        assertThat(body(refused).get("detail").asString()).contains("top up 1 fen");
    }

    @Test
    void noActiveMerchantAccountAloneBlocks() {
        String providerId = providerWithPaidDeposit();
        noSettlementAccount(providerId);
        earnings(providerId, 10000);

        assertThat(blocks(withdraw(providerId, 9000))).containsExactly("NO_ACTIVE_MERCHANT_ACCOUNT");
    }

    @Test
    void earningsStillInTheReviewWindowAreNotWithdrawable() {
        String providerId = providerWithPaidDeposit();
        settlementAccount(providerId, "TENPAY");
        earnings(providerId, 10000);
        publish(order(providerId, 50000, Instant.now()));
        await().atMost(Duration.ofSeconds(20)).until(() -> ledgerRows(providerId) == 2);

        assertThat(blocks(withdraw(providerId, 9001))).containsExactly("INSUFFICIENT_WITHDRAWABLE_BALANCE");
        assertThat(withdrawalsOf(providerId)).isZero();
    }

    @Test
    void whenMerchantServiceIsDownTheAnswerIs503AndNothingIsRecorded() {
        String providerId = providerWithPaidDeposit();
        earnings(providerId, 10000);
        partners.stubFor(WireMock.get("/internal/merchants/providers/" + providerId + "/settlement-account")
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        var down = withdraw(providerId, 9000);

        assertThat(down.getStatusCode().value()).isEqualTo(503);
        assertThat(down.getHeaders().getFirst("Retry-After")).isNotBlank();
        assertThat(withdrawalsOf(providerId)).isZero();
        assertThat(ledgerRows(providerId)).isEqualTo(1);
        assertThat(body(get("/api/billing/balance", provider(providerId))).get("withdrawableFen").asLong()).isEqualTo(9000);
    }

    @Test
    void aWithdrawalToATenpayMerchantIsPaidOutByBankTransferAndPublished() {
        String providerId = providerWithPaidDeposit();
        settlementAccount(providerId, "TENPAY");
        earnings(providerId, 10000);
        partners.stubFor(WireMock.post("/bank-gateway/v1/payouts")
                .willReturn(okJson("{\"status\":\"SUCCESS\",\"bankSerialNo\":\"B20260101000001\"}")));

        try (EventProbe ledger = EventProbe.on(broker.getBrokersAsString(), Topics.LEDGER)) {
            var created = withdraw(providerId, 6000);

            assertThat(created.getStatusCode().value()).isEqualTo(201);
            JsonNode withdrawal = body(created);
            assertThat(withdrawal.get("status").asString()).isEqualTo("COMPLETED");
            assertThat(withdrawal.get("amountFen").asLong()).isEqualTo(6000);
            assertThat(withdrawal.get("accountNumber").asString()).doesNotContain("755912345678901");
            partners.verify(getRequestedFor(urlPathEqualTo("/internal/merchants/providers/" + providerId + "/settlement-account")));
            partners.verify(postRequestedFor(urlPathEqualTo("/bank-gateway/v1/payouts"))
                    .withRequestBody(matchingJsonPath("$.payoutNo", equalTo(withdrawal.get("id").asString())))
                    .withRequestBody(matchingJsonPath("$.amountFen", equalTo("6000")))
                    .withRequestBody(matchingJsonPath("$.accountNumber", equalTo("755912345678901"))));
            ConsumerRecord<String, String> completed = ledger.await(r -> providerId.equals(r.key())
                    && EventProbe.header(r, CloudEventHeaders.TYPE).endsWith("WithdrawalCompleted.v1"), Duration.ofSeconds(15));
            assertThat(json.readTree(completed.value()).get("amountFen").asLong()).isEqualTo(6000);
        }
        assertThat(body(get("/api/billing/balance", provider(providerId))).get("withdrawableFen").asLong()).isEqualTo(3000);
        assertThat(blocks(withdraw(providerId, 3001))).containsExactly("INSUFFICIENT_WITHDRAWABLE_BALANCE");
    }

    @Test
    void aRefusedPayoutGivesTheAmountBackAndAnUnansweredOneIsReconciledLater() {
        String providerId = providerWithPaidDeposit();
        settlementAccount(providerId, "WECHAT_PAY");
        earnings(providerId, 10000);
        partners.stubFor(WireMock.post("/v3/ecommerce/fund/withdraw")
                .willReturn(okJson("{\"withdraw_id\":\"W1\",\"status\":\"FAIL\",\"reason\":\"sub-merchant frozen\"}")));

        var refused = withdraw(providerId, 9000);
        assertThat(body(refused).get("status").asString()).isEqualTo("FAILED");
        assertThat(body(refused).get("failure").asString()).isEqualTo("sub-merchant frozen");
        assertThat(body(get("/api/billing/balance", provider(providerId))).get("withdrawableFen").asLong()).isEqualTo(9000);
        partners.verify(postRequestedFor(urlPathEqualTo("/v3/ecommerce/fund/withdraw"))
                .withRequestBody(matchingJsonPath("$.sub_mchid", equalTo("1900012345"))));

        partners.stubFor(WireMock.post("/v3/ecommerce/fund/withdraw").willReturn(aResponse().withStatus(502)));
        var unanswered = body(withdraw(providerId, 9000));
        assertThat(unanswered.get("status").asString()).isEqualTo("PROCESSING");
        assertThat(body(get("/api/billing/balance", provider(providerId))).get("withdrawableFen").asLong()).isZero();

        partners.stubFor(WireMock.get(urlPathEqualTo("/v3/ecommerce/fund/withdraw/out-request-no/" + unanswered.get("id").asString()))
                .willReturn(okJson("{\"withdraw_id\":\"W2\",\"status\":\"SUCCESS\"}")));
        withdrawals.reconcile(Duration.ZERO);
        var after = body(get("/api/billing/withdrawals/" + unanswered.get("id").asString(), provider(providerId)));
        assertThat(after.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(body(get("/api/billing/withdrawals", provider(providerId))).get("totalItems").asLong()).isEqualTo(2);
    }

    @Test
    void aWithdrawalNeedsAnIdempotencyKeyAndAPositiveAmount() {
        String providerId = providerWithPaidDeposit();
        assertThat(post("/api/billing/withdrawals", provider(providerId), Map.of("amountFen", 1)).getStatusCode().value())
                .isEqualTo(400);
        assertThat(post("/api/billing/withdrawals", provider(providerId), "k-" + UUID.randomUUID(), Map.of("amountFen", 0))
                .getStatusCode().value()).isEqualTo(400);
    }
}
