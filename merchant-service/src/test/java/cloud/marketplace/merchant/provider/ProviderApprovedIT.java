package cloud.marketplace.merchant.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cloud.marketplace.contracts.events.ProviderApproved;
import cloud.marketplace.merchant.Fixtures;
import cloud.marketplace.merchant.support.MerchantIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

class ProviderApprovedIT extends MerchantIntegrationTest {

    @Test
    void theSameApprovalDeliveredTwiceCreatesNothingTwice() {
        String providerId = newProviderId();
        ProviderApproved approved = ProviderApproved.of(Instant.parse("2025-06-01T02:00:00Z"), providerId, "app-1", Fixtures.COMPANY,
                Fixtures.CREDIT_CODE, Fixtures.CREDIT_CODE, List.of(101L, 102L), Instant.parse("2025-06-01T02:00:00Z"), "operator-1");

        publish(approved);
        publish(approved);

        await().atMost(Duration.ofSeconds(20)).until(() -> processed(approved.eventId()) == 1 && rows(providerId) == 1);
        // the duplicate is behind the first on the same partition: once a later event is processed, both were seen
        ProviderApproved later = ProviderApproved.of(Instant.parse("2025-07-01T02:00:00Z"), providerId, "app-2", Fixtures.COMPANY + "(新)",
                Fixtures.CREDIT_CODE, Fixtures.CREDIT_CODE, List.of(103L), Instant.parse("2025-07-01T02:00:00Z"), "operator-2");
        publish(later);
        await().atMost(Duration.ofSeconds(20)).until(() -> processed(later.eventId()) == 1);

        assertThat(processed(approved.eventId())).isEqualTo(1);
        assertThat(rows(providerId)).as("one provider, one row: a re-approval replaces its company data").isEqualTo(1);
        assertThat(jdbc.sql("SELECT company_name FROM approved_provider WHERE provider_id = :id").param("id", providerId)
                .query(String.class).single()).isEqualTo(Fixtures.COMPANY + "(新)");
        assertThat(jdbc.sql("SELECT approved_category_ids FROM approved_provider WHERE provider_id = :id").param("id", providerId)
                .query(String.class).single()).isEqualTo("103");
    }

    @Test
    void aProviderWithoutApprovalGets409WithTheReasonOnBothChannels() {
        String providerId = newProviderId();
        for (String path : List.of("/api/merchants/wechat-applications", "/api/merchants/tenpay-accounts")) {
            ResponseEntity<String> refused = call(HttpMethod.POST, path, providerId, null);
            assertThat(refused.getStatusCode().value()).isEqualTo(409);
            assertThat(body(refused).get("type").asString()).endsWith("/provider-not-approved");
            assertThat(body(refused).get("detail").asString()).contains("only after onboarding approved");
        }
        assertThat(rows(providerId)).isZero();
    }

    @Test
    void anApprovedProviderWhoseLicenceOnboardingCannotServeIsRefusedWithoutADraft() {
        String providerId = newProviderId();
        approve(providerId);
        partners.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(
                        com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/internal/onboarding/providers/" + providerId
                                + "/business-license"))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(503)));

        ResponseEntity<String> answer = call(HttpMethod.POST, "/api/merchants/wechat-applications", providerId, null);

        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM wechat_application WHERE provider_id = :id").param("id", providerId)
                .query(Integer.class).single()).isZero();
    }

    private int processed(String eventId) {
        return jdbc.sql("SELECT COUNT(*) FROM processed_event WHERE event_id = :id").param("id", eventId).query(Integer.class).single();
    }

    private int rows(String providerId) {
        return jdbc.sql("SELECT COUNT(*) FROM approved_provider WHERE provider_id = :id").param("id", providerId)
                .query(Integer.class).single();
    }
}
