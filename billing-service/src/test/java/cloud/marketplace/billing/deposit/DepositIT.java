package cloud.marketplace.billing.deposit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cloud.marketplace.billing.BillingIntegrationTest;
import cloud.marketplace.contracts.events.CloudEventHeaders;
import cloud.marketplace.contracts.events.Topics;
import cloud.marketplace.platform.test.EventProbe;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class DepositIT extends BillingIntegrationTest {

    @Autowired Deposits deposits;

    @Test
    void anApprovedProviderGetsAnUnpaidAccountAtTheTierInForceOnce() {
        String providerId = newProviderId();
        var approval = approved(providerId);
        publish(approval);
        publish(approval);
        publish(approved(providerId));
        await().atMost(Duration.ofSeconds(15)).until(() -> depositAccountExists(providerId));

        JsonNode mine = body(get("/api/billing/deposit", provider(providerId)));
        assertThat(mine.get("requiredFen").asLong()).isEqualTo(500000);
        assertThat(mine.get("paidFen").asLong()).isZero();
        assertThat(mine.get("shortfallFen").asLong()).isEqualTo(500000);
        assertThat(mine.get("status").asString()).isEqualTo("UNPAID");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM deposit_account WHERE provider_id = :p").param("p", providerId)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void onboardingReadsTheDepositThroughTheInternalEndpointWithAServiceIdentityOnly() {
        String providerId = approvedProvider();

        var internal = get("/internal/billing/providers/" + providerId + "/deposit", service());
        assertThat(internal.getStatusCode().value()).isEqualTo(200);
        assertThat(body(internal).properties()).extracting(Map.Entry::getKey)
                .containsExactlyInAnyOrder("providerId", "requiredFen", "paidFen", "status");
        assertThat(body(internal).get("status").asString()).isEqualTo("UNPAID");
        assertThat(body(internal).get("requiredFen").asLong()).isEqualTo(500000);

        var unknown = get("/internal/billing/providers/" + newProviderId() + "/deposit", service());
        assertThat(unknown.getStatusCode().value()).isEqualTo(404);
        assertThat(unknown.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(get("/internal/billing/providers/" + providerId + "/deposit", provider(providerId))
                .getStatusCode().value()).isEqualTo(403);
        assertThat(get("/api/billing/deposit", provider(newProviderId())).getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void aLegacyDepositBelowTheTierLeavesTheAccountShortAndSaysSo() {
        String providerId = approvedProvider();
        try (EventProbe deposits = EventProbe.on(broker.getBrokersAsString(), Topics.DEPOSIT)) {
            var imported = post("/api/billing/legacy-deposits", admin(), Map.of("deposits",
                    List.of(Map.of("providerId", providerId, "paidFen", 300000, "paidOn", "2018-05-20"))));

            assertThat(imported.getStatusCode().value()).isEqualTo(200);
            JsonNode account = body(imported).get("imported").get(0);
            assertThat(account.get("status").asString()).isEqualTo("SHORTFALL");
            assertThat(account.get("shortfallFen").asLong()).isEqualTo(200000);
            ConsumerRecord<String, String> event = deposits.await(r -> providerId.equals(r.key()), Duration.ofSeconds(15));
            assertThat(EventProbe.header(event, CloudEventHeaders.TYPE)).isEqualTo("cloud.marketplace.billing.DepositShortfall.v1");
            JsonNode shortfall = json.readTree(event.value());
            assertThat(shortfall.get("requiredFen").asLong()).isEqualTo(500000);
            assertThat(shortfall.get("paidFen").asLong()).isEqualTo(300000);
            assertThat(shortfall.get("shortfallFen").asLong()).isEqualTo(200000);
        }
        JsonNode mine = body(get("/api/billing/deposit", provider(providerId)));
        assertThat(mine.get("status").asString()).isEqualTo("SHORTFALL");
    }

    @Test
    void aLegacyDepositOfAProviderNotYetApprovedOpensItsAccountAndAtTheTierIsPaid() {
        String providerId = newProviderId();
        try (EventProbe deposits = EventProbe.on(broker.getBrokersAsString(), Topics.DEPOSIT)) {
            var imported = post("/api/billing/legacy-deposits", admin(), Map.of("deposits",
                    List.of(Map.of("providerId", providerId, "paidFen", 500000, "paidOn", "2019-03-01"))));

            assertThat(body(imported).get("imported").get(0).get("status").asString()).isEqualTo("PAID");
            ConsumerRecord<String, String> event = deposits.await(r -> providerId.equals(r.key()), Duration.ofSeconds(15));
            assertThat(EventProbe.header(event, CloudEventHeaders.TYPE)).isEqualTo("cloud.marketplace.billing.DepositPaid.v1");
        }
        publish(approved(providerId));
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(body(get("/api/billing/deposit", provider(providerId))).get("paidFen").asLong()).isEqualTo(500000));
    }

    @Test
    void importingTheSameLegacyDepositAgainChangesNothingAndADifferentOneIsRefusedWhole() {
        String known = approvedProvider();
        String other = approvedProvider();
        post("/api/billing/legacy-deposits", admin(), Map.of("deposits",
                List.of(Map.of("providerId", known, "paidFen", 100000, "paidOn", "2018-01-02"))));

        var again = post("/api/billing/legacy-deposits", admin(), Map.of("deposits",
                List.of(Map.of("providerId", known, "paidFen", 100000, "paidOn", "2018-01-02"))));
        assertThat(body(again).get("alreadyImported").get(0).asString()).isEqualTo(known);
        assertThat(body(get("/api/billing/deposit", provider(known))).get("paidFen").asLong()).isEqualTo(100000);

        var conflicting = post("/api/billing/legacy-deposits", admin(), Map.of("deposits", List.of(
                Map.of("providerId", other, "paidFen", 500000, "paidOn", "2018-01-02"),
                Map.of("providerId", known, "paidFen", 200000, "paidOn", "2018-01-02"))));
        assertThat(conflicting.getStatusCode().value()).isEqualTo(409);
        assertThat(body(conflicting).get("providerIds").get(0).asString()).isEqualTo(known);
        assertThat(body(get("/api/billing/deposit", provider(other))).get("paidFen").asLong()).isZero();

        assertThat(post("/api/billing/legacy-deposits", provider(known), Map.of("deposits",
                List.of(Map.of("providerId", known, "paidFen", 1, "paidOn", "2018-01-02")))).getStatusCode().value())
                .isEqualTo(403);
    }

    @Test
    void aRaisedTierPutsPaidAccountsShortAndKeepsTheHistoryAndALaterTierWaitsForItsDay() {
        clock.setShanghai(LocalDateTime.of(2091, 3, 1, 10, 0));
        String paid = providerWithPaidDeposit();
        long before = body(get("/api/billing/deposit", provider(paid))).get("requiredFen").asLong();
        try (EventProbe deposits = EventProbe.on(broker.getBrokersAsString(), Topics.DEPOSIT)) {
            var raised = put("/api/billing/deposit-tier", admin(), Map.of("amountFen", before + 100000, "effectiveFrom", "2091-03-01"));

            assertThat(raised.getStatusCode().value()).isEqualTo(200);
            assertThat(body(raised).get("inForce").get("amountFen").asLong()).isEqualTo(before + 100000);
            assertThat(body(raised).get("history").valueStream().map(t -> t.get("amountFen").asLong()).toList())
                    .contains(before + 100000, 500000L);
            JsonNode mine = body(get("/api/billing/deposit", provider(paid)));
            assertThat(mine.get("status").asString()).isEqualTo("SHORTFALL");
            assertThat(mine.get("shortfallFen").asLong()).isEqualTo(100000);
            ConsumerRecord<String, String> event = deposits.await(r -> paid.equals(r.key()), Duration.ofSeconds(15));
            assertThat(EventProbe.header(event, CloudEventHeaders.TYPE)).isEqualTo("cloud.marketplace.billing.DepositShortfall.v1");
            assertThat(json.readTree(event.value()).get("shortfallFen").asLong()).isEqualTo(100000);
        }

        var later = put("/api/billing/deposit-tier", admin(), Map.of("amountFen", before + 200000, "effectiveFrom", "2091-04-01"));
        assertThat(body(later).get("inForce").get("amountFen").asLong()).isEqualTo(before + 100000);
        assertThat(body(get("/api/billing/deposit", provider(paid))).get("requiredFen").asLong()).isEqualTo(before + 100000);

        clock.setShanghai(LocalDateTime.of(2091, 4, 1, 0, 0));
        assertThat(body(get("/api/billing/deposit-tier", admin())).get("inForce").get("amountFen").asLong())
                .isEqualTo(before + 200000);
        deposits.applyDueTiers();
        assertThat(body(get("/api/billing/deposit", provider(paid))).get("shortfallFen").asLong()).isEqualTo(200000);
    }

    @Test
    void aTierCannotStartInThePastAndOnlyAnAdminSetsIt() {
        clock.setShanghai(LocalDateTime.of(2091, 5, 10, 9, 0));
        var past = put("/api/billing/deposit-tier", admin(), Map.of("amountFen", 600000, "effectiveFrom", "2091-05-09"));
        assertThat(past.getStatusCode().value()).isEqualTo(422);
        assertThat(body(past).get("detail").asString()).contains("2091-05-10");

        assertThat(put("/api/billing/deposit-tier", operator(), Map.of("amountFen", 600000, "effectiveFrom", "2091-05-11"))
                .getStatusCode().value()).isEqualTo(403);
        assertThat(put("/api/billing/deposit-tier", admin(), Map.of("amountFen", 0, "effectiveFrom", "2091-05-11"))
                .getStatusCode().value()).isEqualTo(400);
    }
}
