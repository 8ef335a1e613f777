package cloud.marketplace.billing.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cloud.marketplace.billing.BillingIntegrationTest;
import cloud.marketplace.contracts.events.CloudEventHeaders;
import cloud.marketplace.contracts.events.OrderCompleted;
import cloud.marketplace.contracts.events.OrderRefunded;
import cloud.marketplace.contracts.events.Topics;
import cloud.marketplace.platform.test.EventProbe;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class LedgerIT extends BillingIntegrationTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private JsonNode balance(String providerId) {
        return body(get("/api/billing/balance", provider(providerId)));
    }

    private JsonNode statement(String providerId, String month) {
        return body(get("/api/billing/statements/" + month, provider(providerId)));
    }

    private void awaitRows(String providerId, long rows) {
        await().atMost(Duration.ofSeconds(20)).until(() -> ledgerRows(providerId) == rows);
    }

    @Test
    void aCompletedOrderIsChargedTenPercentHalfUpAndTheShareIsPendingDuringTheReviewWindow() {
        String providerId = newProviderId();
        try (EventProbe ledger = EventProbe.on(broker.getBrokersAsString(), Topics.LEDGER)) {
            OrderCompleted order = order(providerId, 10005, clock.instant());
            publish(order);
            awaitRows(providerId, 1);

            JsonNode balance = balance(providerId);
            assertThat(balance.get("pendingFen").asLong()).isEqualTo(9004);
            assertThat(balance.get("withdrawableFen").asLong()).isZero();
            ConsumerRecord<String, String> charged = ledger.await(r -> providerId.equals(r.key()), Duration.ofSeconds(15));
            assertThat(EventProbe.header(charged, CloudEventHeaders.TYPE)).isEqualTo("cloud.marketplace.billing.CommissionCharged.v1");
            assertThat(EventProbe.header(charged, CloudEventHeaders.SUBJECT)).isEqualTo(providerId);
            JsonNode event = json.readTree(charged.value());
            assertThat(event.get("orderId").asString()).isEqualTo(order.orderId());
            assertThat(event.get("orderAmountFen").asLong()).isEqualTo(10005);
            assertThat(event.get("feeFen").asLong()).isEqualTo(1001);
            assertThat(event.get("providerShareFen").asLong()).isEqualTo(9004);
            assertThat(event.get("rateBasisPoints").asInt()).isEqualTo(1000);
        }
    }

    @Test
    void earningsBecomeWithdrawableWhenTheReviewWindowEnds() {
        String providerId = newProviderId();
        Instant now = clock.instant();
        publish(order(providerId, 10000, now.minus(Duration.ofDays(7)).minusSeconds(1)));
        publish(order(providerId, 20000, now.minus(Duration.ofDays(7)).plusSeconds(60)));
        awaitRows(providerId, 2);

        clock.set(now);
        assertThat(balance(providerId).get("withdrawableFen").asLong()).isEqualTo(9000);
        assertThat(balance(providerId).get("pendingFen").asLong()).isEqualTo(18000);

        clock.set(now.plusSeconds(61));
        assertThat(balance(providerId).get("withdrawableFen").asLong()).isEqualTo(27000);
        assertThat(balance(providerId).get("pendingFen").asLong()).isZero();
    }

    @Test
    void theSameEventTwiceAndTheSameOrderCompletedTwiceAreChargedOnce() {
        String providerId = newProviderId();
        OrderCompleted order = order(providerId, 3333, clock.instant());
        publish(order);
        publish(order);
        publish(OrderCompleted.of(Instant.now(), order.orderId(), providerId, "prod-1", 3333, order.completedAt()));
        OrderCompleted next = order(providerId, 1, clock.instant());
        publish(next);
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("SELECT COUNT(*) FROM ledger_entry WHERE order_id = :id")
                .param("id", next.orderId()).query(Long.class).single() == 1);

        assertThat(ledgerRows(providerId)).isEqualTo(2);
        // 3333 → fee 333 (333.3), share 3000; 1 → fee 0 (0.1), share 1
        assertThat(balance(providerId).get("pendingFen").asLong()).isEqualTo(3001);
    }

    @Test
    void refundsReverseFeeAndShareInProportionAndNeverMoreThanWasCharged() {
        String providerId = newProviderId();
        OrderCompleted order = order(providerId, 100, clock.instant());
        publish(order);
        awaitRows(providerId, 1);

        publish(OrderRefunded.of(Instant.now(), order.orderId(), providerId, 33, clock.instant()));
        awaitRows(providerId, 2);
        assertThat(balance(providerId).get("pendingFen").asLong()).isEqualTo(90 - 30);

        publish(OrderRefunded.of(Instant.now(), order.orderId(), providerId, 33, clock.instant()));
        awaitRows(providerId, 3);
        assertThat(balance(providerId).get("pendingFen").asLong()).isEqualTo(90 - 60);

        OrderRefunded last = OrderRefunded.of(Instant.now(), order.orderId(), providerId, 50, clock.instant());
        publish(last);
        publish(last);
        awaitRows(providerId, 4);
        publish(OrderRefunded.of(Instant.now(), order.orderId(), providerId, 10, clock.instant()));
        OrderCompleted marker = order(providerId, 0, clock.instant());
        publish(marker);
        awaitRows(providerId, 5);

        // 33 → fee 3 (3.3); 33 → fee 3; the last 34 (of 50 asked) gives back the 4 left: 10 charged, 10 back
        assertThat(jdbc.sql("SELECT -SUM(gross_fen), -SUM(fee_fen), -SUM(net_fen) FROM ledger_entry WHERE order_id = :o AND kind = 'REFUND'")
                .param("o", order.orderId())
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).single())
                .containsExactly(100, 10, 90);
        assertThat(balance(providerId).get("pendingFen").asLong()).isZero();
    }

    @Test
    void aFullRefundOfAnOddAmountGivesBackExactlyTheFee() {
        String providerId = newProviderId();
        OrderCompleted order = order(providerId, 15, clock.instant());
        publish(order);
        publish(OrderRefunded.of(Instant.now(), order.orderId(), providerId, 15, clock.instant()));
        awaitRows(providerId, 2);

        assertThat(jdbc.sql("SELECT SUM(gross_fen), SUM(fee_fen), SUM(net_fen) FROM ledger_entry WHERE order_id = :o")
                .param("o", order.orderId())
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).single())
                .containsExactly(0, 0, 0);
    }

    @Test
    void theStatementCountsOrdersAndRefundsInTheirShanghaiMonth() {
        String providerId = newProviderId();
        Instant lastSecondOfMarch = LocalDateTime.of(2025, 3, 31, 23, 59, 59).atZone(SHANGHAI).toInstant();
        Instant firstMinuteOfApril = LocalDateTime.of(2025, 4, 1, 0, 0, 30).atZone(SHANGHAI).toInstant();
        OrderCompleted march = order(providerId, 12345, lastSecondOfMarch);
        publish(march);
        publish(order(providerId, 1000, firstMinuteOfApril));
        publish(OrderRefunded.of(Instant.now(), march.orderId(), providerId, 2345, firstMinuteOfApril));
        awaitRows(providerId, 3);

        JsonNode inMarch = statement(providerId, "2025-03");
        assertThat(inMarch.get("timeZone").asString()).isEqualTo("Asia/Shanghai");
        assertThat(inMarch.get("orders").get("count").asLong()).isEqualTo(1);
        assertThat(inMarch.get("orders").get("amountFen").asLong()).isEqualTo(12345);
        assertThat(inMarch.get("orders").get("feeFen").asLong()).isEqualTo(1235);
        assertThat(inMarch.get("refunds").get("count").asLong()).isZero();
        assertThat(inMarch.get("feesFen").asLong()).isEqualTo(1235);
        assertThat(inMarch.get("netFen").asLong()).isEqualTo(11110);

        JsonNode inApril = statement(providerId, "2025-04");
        assertThat(inApril.get("orders").get("count").asLong()).isEqualTo(1);
        assertThat(inApril.get("orders").get("amountFen").asLong()).isEqualTo(1000);
        assertThat(inApril.get("refunds").get("count").asLong()).isEqualTo(1);
        assertThat(inApril.get("refunds").get("amountFen").asLong()).isEqualTo(2345);
        // 1235 × 2345 / 12345 = 234.59 → 235
        assertThat(inApril.get("refunds").get("feeFen").asLong()).isEqualTo(235);
        assertThat(inApril.get("feesFen").asLong()).isEqualTo(100 - 235);
        assertThat(inApril.get("netFen").asLong()).isEqualTo(900 - (2345 - 235));

        assertThat(get("/api/billing/statements/2025-13", provider(providerId)).getStatusCode().value()).isEqualTo(400);
        assertThat(get("/api/billing/statements/2025-03", operator()).getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void theOrdersCompletionTimePicksTheRateInForce() {
        String providerId = newProviderId();
        publish(order(providerId, 10000, LocalDateTime.of(2098, 12, 31, 23, 59, 59).atZone(SHANGHAI).toInstant()));
        publish(order(providerId, 10000, LocalDateTime.of(2099, 1, 1, 0, 0).atZone(SHANGHAI).toInstant()));
        awaitRows(providerId, 2);

        assertThat(jdbc.sql("SELECT fee_fen FROM ledger_entry WHERE provider_id = :p ORDER BY occurred_at")
                .param("p", providerId).query(Long.class).list()).containsExactly(1000L, 500L);
    }

    @Test
    void anUnreadableEventAndARefundOfAnUnknownOrderGoToTheDeadLetterTopicWithoutHoldingUpTheRest() {
        String providerId = newProviderId();
        try (EventProbe deadLetters = EventProbe.on(broker.getBrokersAsString(), Topics.deadLetter(Topics.ORDERS))) {
            publishRaw(Topics.ORDERS, providerId, "{\"not\":\"an event\"}", Map.of());
            OrderRefunded orphan = OrderRefunded.of(Instant.now(), "o-" + UUID.randomUUID(), providerId, 10, clock.instant());
            publish(orphan);
            publish(order(providerId, 500, clock.instant()));

            awaitRows(providerId, 1);
            assertThat(deadLetters.awaitCount(r -> providerId.equals(r.key()), 2, Duration.ofSeconds(20))).hasSize(2);
        }
        assertThat(balance(providerId).get("pendingFen").asLong()).isEqualTo(450);
    }
}
