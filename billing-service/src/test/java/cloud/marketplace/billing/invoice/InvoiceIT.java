package cloud.marketplace.billing.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cloud.marketplace.billing.BillingIntegrationTest;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class InvoiceIT extends BillingIntegrationTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private String providerWithFeesIn(int year, int month) {
        String providerId = newProviderId();
        publish(order(providerId, 20000, LocalDateTime.of(year, month, 15, 12, 0).atZone(SHANGHAI).toInstant()));
        publish(order(providerId, 5005, LocalDateTime.of(year, month, 28, 23, 0).atZone(SHANGHAI).toInstant()));
        await().atMost(Duration.ofSeconds(20)).until(() -> ledgerRows(providerId) == 2);
        return providerId;
    }

    @Test
    void aMonthCanBeInvoicedFromTheThirdOfTheNextMonthInShanghaiNotAtTheLastMinuteOfTheSecond() {
        String providerId = providerWithFeesIn(2025, 3);

        clock.setShanghai(LocalDateTime.of(2025, 4, 2, 23, 59));
        var early = post("/api/billing/invoices", provider(providerId), Map.of("month", "2025-03"));
        assertThat(early.getStatusCode().value()).isEqualTo(422);
        assertThat(body(early).get("type").asString()).endsWith("/invoice-not-yet-available");
        assertThat(body(early).get("detail").asString()).contains("2025-04-03");
        assertThat(body(early).get("availableFrom").asString()).isEqualTo("2025-04-03");

        clock.setShanghai(LocalDateTime.of(2025, 4, 3, 0, 0));
        var accepted = post("/api/billing/invoices", provider(providerId), Map.of("month", "2025-03"));
        assertThat(accepted.getStatusCode().value()).isEqualTo(201);
        JsonNode invoice = body(accepted);
        // 2000 + 501 (500.5 rounded half-up)
        assertThat(invoice.get("feeFen").asLong()).isEqualTo(2501);
        assertThat(invoice.get("status").asString()).isEqualTo("REQUESTED");
        assertThat(invoice.get("month").asString()).isEqualTo("2025-03");

        var twice = post("/api/billing/invoices", provider(providerId), Map.of("month", "2025-03"));
        assertThat(twice.getStatusCode().value()).isEqualTo(409);
        assertThat(body(twice).get("invoiceId").asString()).isEqualTo(invoice.get("id").asString());
    }

    @Test
    void feesBeforeAugust2019AreNotInvoicedHereAndTheAnswerSaysFromWhen() {
        String providerId = providerWithFeesIn(2019, 7);
        clock.setShanghai(LocalDateTime.of(2019, 9, 1, 10, 0));

        var refused = post("/api/billing/invoices", provider(providerId), Map.of("month", "2019-07"));

        assertThat(refused.getStatusCode().value()).isEqualTo(422);
        assertThat(body(refused).get("type").asString()).endsWith("/invoice-before-2019-08");
        assertThat(body(refused).get("detail").asString()).contains("2019-08-01");
        assertThat(body(refused).get("availableFrom").asString()).isEqualTo("2019-08-01");
    }

    @Test
    void aMonthWithoutFeesHasNothingToInvoiceAndTheMonthMustBeWrittenYearDashMonth() {
        String providerId = newProviderId();
        clock.setShanghai(LocalDateTime.of(2025, 6, 10, 10, 0));
        var nothing = post("/api/billing/invoices", provider(providerId), Map.of("month", "2025-05"));
        assertThat(nothing.getStatusCode().value()).isEqualTo(422);
        assertThat(body(nothing).get("type").asString()).endsWith("/nothing-to-invoice");
        var malformed = post("/api/billing/invoices", provider(providerId), Map.of("month", "2025-5"));
        assertThat(malformed.getStatusCode().value()).isEqualTo(400);
        assertThat(body(malformed).get("errors").get(0).get("field").asString()).isEqualTo("month");
    }

    @Test
    void anOperatorIssuesARequestedInvoiceOnce() {
        String providerId = providerWithFeesIn(2025, 1);
        clock.setShanghai(LocalDateTime.of(2025, 2, 3, 9, 0));
        String id = body(post("/api/billing/invoices", provider(providerId), Map.of("month", "2025-01"))).get("id").asString();

        var queue = body(get("/api/billing/invoices?status=REQUESTED&size=100", operator()));
        assertThat(queue.get("items").valueStream().map(i -> i.get("id").asString())).contains(id);
        assertThat(post("/api/billing/invoices/" + id + "/issue", provider(providerId), Map.of("invoiceNumber", "INV-1"))
                .getStatusCode().value()).isEqualTo(403);

        var issued = post("/api/billing/invoices/" + id + "/issue", operator(), Map.of("invoiceNumber", "044031900111-00000001"));
        assertThat(issued.getStatusCode().value()).isEqualTo(200);
        assertThat(body(issued).get("status").asString()).isEqualTo("ISSUED");
        assertThat(body(issued).get("invoiceNumber").asString()).isEqualTo("044031900111-00000001");
        assertThat(post("/api/billing/invoices/" + id + "/issue", operator(), Map.of("invoiceNumber", "X"))
                .getStatusCode().value()).isEqualTo(409);

        var mine = body(get("/api/billing/invoices", provider(providerId)));
        assertThat(mine.get("totalItems").asLong()).isEqualTo(1);
        assertThat(mine.get("items").get(0).get("status").asString()).isEqualTo("ISSUED");
        assertThat(get("/api/billing/invoices/" + id, provider(newProviderId())).getStatusCode().value()).isEqualTo(404);
    }
}
