package cloud.marketplace.merchant.account;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.marketplace.merchant.support.MerchantIntegrationTest;
import cloud.marketplace.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

class InternalMerchantApiIT extends MerchantIntegrationTest {

    @Test
    void aProviderWithoutMerchantAccountsHasNoChannelsAndNoSettlementAccount() {
        String providerId = newProviderId();
        JsonNode status = body(internal("/internal/merchants/providers/" + providerId + "/status", TestTokens.service()));
        assertThat(status.get("providerId").asString()).isEqualTo(providerId);
        assertThat(status.get("channels").isEmpty()).isTrue();

        ResponseEntity<String> settlement = internal("/internal/merchants/providers/" + providerId + "/settlement-account",
                TestTokens.service());
        assertThat(settlement.getStatusCode().value()).isEqualTo(404);
        assertThat(body(settlement).get("type").asString()).endsWith("/not-found");
    }

    @Test
    void aStartedButInactiveChannelIsReportedAndStillHasNoSettlementAccount() {
        String providerId = newProviderId();
        approve(providerId);
        ok(call(HttpMethod.POST, "/api/merchants/tenpay-accounts", providerId, null));

        JsonNode channel = body(internal("/internal/merchants/providers/" + providerId + "/status", TestTokens.service()))
                .get("channels").get(0);
        assertThat(channel.get("channel").asString()).isEqualTo("TENPAY");
        assertThat(channel.get("status").asString()).isEqualTo("DRAFT");
        assertThat(channel.get("active").asBoolean()).isFalse();
        assertThat(internal("/internal/merchants/providers/" + providerId + "/settlement-account", TestTokens.service())
                .getStatusCode().value()).isEqualTo(404);
        JsonNode me = ok(call(HttpMethod.GET, "/api/merchants/me", providerId, null));
        assertThat(me.get("anyActive").asBoolean()).isFalse();
        assertThat(me.get("settlementAccount").isNull()).isTrue();
    }

    @Test
    void internalEndpointsNeedAServiceIdentity() {
        String providerId = newProviderId();
        assertThat(internal("/internal/merchants/providers/" + providerId + "/status", TestTokens.provider(providerId))
                .getStatusCode().value()).isEqualTo(403);
        assertThat(http().get().uri("/internal/merchants/providers/" + providerId + "/settlement-account").retrieve()
                .toEntity(String.class).getStatusCode().value()).isEqualTo(401);
        assertThat(http().get().uri("/api/merchants/me").header(HttpHeaders.AUTHORIZATION, TestTokens.operator()).retrieve()
                .toEntity(String.class).getStatusCode().value()).isEqualTo(403);
    }

    private ResponseEntity<String> internal(String path, String token) {
        return http().get().uri(path).header(HttpHeaders.AUTHORIZATION, token).retrieve().toEntity(String.class);
    }
}
