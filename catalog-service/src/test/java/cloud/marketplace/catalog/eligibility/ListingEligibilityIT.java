package cloud.marketplace.catalog.eligibility;

import static cloud.marketplace.catalog.CatalogTestClient.EVENT_TIME;
import static cloud.marketplace.catalog.CatalogTestClient.approved;
import static cloud.marketplace.catalog.CatalogTestClient.depositPaid;
import static cloud.marketplace.catalog.CatalogTestClient.merchantActivated;
import static cloud.marketplace.catalog.CatalogTestClient.newProviderId;
import static cloud.marketplace.catalog.CatalogTestClient.product;
import static cloud.marketplace.catalog.CatalogTestClient.storePublished;
import static org.assertj.core.api.Assertions.assertThat;

import cloud.marketplace.catalog.CatalogTestClient;
import cloud.marketplace.catalog.CatalogTestClient.Response;
import cloud.marketplace.contracts.events.CloudEventHeaders;
import cloud.marketplace.contracts.events.DepositShortfall;
import cloud.marketplace.contracts.events.IntegrationEvent;
import cloud.marketplace.contracts.events.MerchantChannel;
import cloud.marketplace.contracts.events.Topics;
import cloud.marketplace.platform.test.EventProbe;
import cloud.marketplace.platform.test.ServiceIntegrationTest;
import cloud.marketplace.platform.test.TestTokens;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import tools.jackson.databind.json.JsonMapper;

@ServiceIntegrationTest
class ListingEligibilityIT {

    @LocalServerPort int port;
    @Autowired EmbeddedKafkaBroker broker;
    @Autowired KafkaTemplate<String, String> kafka;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;

    private CatalogTestClient catalog;

    @BeforeEach
    void client() {
        catalog = new CatalogTestClient(port, json, kafka, jdbc);
    }

    private Response eligibility(String providerId) {
        return catalog.expect(200, catalog.get("/api/catalog/eligibility", TestTokens.provider(providerId)));
    }

    private List<String> missing(String providerId) {
        return eligibility(providerId).get("missing").valueStream().map(m -> m.asString()).toList();
    }

    private Response submit(String providerId, String productId) {
        return catalog.post("/api/catalog/products/" + productId + "/submit", TestTokens.provider(providerId), null);
    }

    private void deliver(IntegrationEvent... events) {
        for (IntegrationEvent event : events) {
            catalog.publish(event);
        }
        catalog.awaitProcessed(events);
    }

    @Test
    void providerNobodyToldUsAboutMissesEveryStep() {
        assertThat(missing(newProviderId()))
                .containsExactly("PROVIDER_APPROVED", "MERCHANT_ACTIVE", "DEPOSIT_PAID", "STORE_PUBLISHED");
    }

    @Test
    void eventsArrivingInReverseOrderAndTwiceOpenTheGate() {
        String providerId = newProviderId();
        var deposit = depositPaid(providerId, EVENT_TIME);
        var store = storePublished(providerId, EVENT_TIME);
        var merchant = merchantActivated(providerId, EVENT_TIME, MerchantChannel.TENPAY);
        var approval = approved(providerId, EVENT_TIME, 101L, 102L);

        // the deposit is paid before catalog hears of the approval; every event is delivered twice
        for (IntegrationEvent event : List.of(deposit, store, merchant, approval, deposit, store, merchant, approval)) {
            catalog.publish(event);
        }
        // one more event per topic, behind the repeats: once it is processed, so are the repeats
        String bystander = newProviderId();
        var behindRepeats = List.of(approved(bystander, EVENT_TIME, 101L), depositPaid(bystander, EVENT_TIME),
                merchantActivated(bystander, EVENT_TIME, MerchantChannel.WECHAT_PAY));
        behindRepeats.forEach(catalog::publish);
        catalog.awaitProcessed(behindRepeats.toArray(IntegrationEvent[]::new));
        catalog.awaitProcessed(deposit, store, merchant, approval);

        Response known = eligibility(providerId);
        assertThat(known.get("missing").isEmpty()).isTrue();
        assertThat(known.get("approval").get("categoryIds").valueStream().map(id -> id.asLong()).toList())
                .containsExactlyInAnyOrder(101L, 102L);
        assertThat(known.get("merchantAccounts").size()).isEqualTo(1);
        assertThat(known.get("deposit").get("status").asString()).isEqualTo("PAID");
        assertThat(known.get("store").get("occurredAt").asString()).isEqualTo(EVENT_TIME.toString());

        try (EventProbe products = EventProbe.on(broker.getBrokersAsString(), Topics.PRODUCT)) {
            String productId = catalog.createProduct(TestTokens.provider(providerId), product(102, "数据库审计"));
            Response submitted = catalog.expect(200, submit(providerId, productId));
            assertThat(submitted.text("status")).isEqualTo("UNDER_REVIEW");

            ConsumerRecord<String, String> event = products.await(record -> productId.equals(
                    json.readTree(record.value()).get("productId").asString()), Duration.ofSeconds(20));
            assertThat(event.key()).isEqualTo(providerId);
            assertThat(EventProbe.header(event, CloudEventHeaders.TYPE)).isEqualTo("cloud.marketplace.catalog.ProductSubmitted.v1");
            assertThat(json.readTree(event.value()).get("categoryId").asLong()).isEqualTo(102L);
        }
    }

    @Test
    void submissionNamesEveryStepStillMissingUntilTheLastOneArrives() {
        String providerId = newProviderId();
        deliver(approved(providerId, EVENT_TIME, 101L));
        String productId = catalog.createProduct(TestTokens.provider(providerId), product(101, "应用托管"));

        Response refused = catalog.expect(422, submit(providerId, productId));
        assertThat(refused.type()).endsWith("/listing-prerequisites-missing");
        assertThat(refused.get("missing").valueStream().map(m -> m.asString()).toList())
                .containsExactly("MERCHANT_ACTIVE", "DEPOSIT_PAID", "STORE_PUBLISHED");

        deliver(merchantActivated(providerId, EVENT_TIME, MerchantChannel.WECHAT_PAY));
        assertThat(catalog.expect(422, submit(providerId, productId)).get("missing").valueStream().map(m -> m.asString()).toList())
                .containsExactly("DEPOSIT_PAID", "STORE_PUBLISHED");

        // a legacy deposit below the tier counts for listing
        deliver(DepositShortfall.of(EVENT_TIME, providerId, 500_000, 200_000, 300_000, EVENT_TIME));
        assertThat(catalog.expect(422, submit(providerId, productId)).get("missing").valueStream().map(m -> m.asString()).toList())
                .containsExactly("STORE_PUBLISHED");

        deliver(storePublished(providerId, EVENT_TIME));
        assertThat(catalog.expect(200, submit(providerId, productId)).text("status")).isEqualTo("UNDER_REVIEW");
    }

    @Test
    void anOlderEventDeliveredAfterANewerOneChangesNothing() {
        String providerId = newProviderId();
        deliver(approved(providerId, EVENT_TIME.plusSeconds(60), 101L),
                approved(providerId, EVENT_TIME, 140L));
        deliver(depositPaid(providerId, EVENT_TIME.plusSeconds(60)),
                DepositShortfall.of(EVENT_TIME, providerId, 500_000, 0, 500_000, EVENT_TIME));

        Response known = eligibility(providerId);
        assertThat(known.get("approval").get("categoryIds").valueStream().map(id -> id.asLong()).toList()).containsExactly(101L);
        assertThat(known.get("deposit").get("status").asString()).isEqualTo("PAID");
        assertThat(known.get("deposit").get("occurredAt").asString()).isEqualTo(EVENT_TIME.plusSeconds(60).toString());
    }

    @Test
    void tierRaisedAfterPaymentKeepsTheProviderAbleToList() {
        String providerId = newProviderId();
        deliver(depositPaid(providerId, EVENT_TIME),
                DepositShortfall.of(EVENT_TIME.plusSeconds(60), providerId, 800_000, 500_000, 300_000, EVENT_TIME.plusSeconds(60)));

        Response known = eligibility(providerId);
        assertThat(known.get("deposit").get("status").asString()).isEqualTo("SHORTFALL");
        assertThat(known.get("deposit").get("countsForListing").asBoolean()).isTrue();
        assertThat(known.get("missing").valueStream().map(m -> m.asString()).toList()).doesNotContain("DEPOSIT_PAID");
    }

    @Test
    void eligibilityIsTheCallingProvidersOwnAndNeedsAProviderToken() {
        assertThat(catalog.get("/api/catalog/eligibility", null).status()).isEqualTo(401);
        assertThat(catalog.get("/api/catalog/eligibility", TestTokens.operator()).status()).isEqualTo(403);
    }
}
