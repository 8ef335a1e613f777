package cloud.marketplace.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The skeleton through the real gateway, with every service running as its own process. */
class CategoryCatalogThroughGatewayIT {

    private static Gateway gateway;

    @BeforeAll
    static void stack() {
        gateway = RunningStack.gateway();
    }

    @Test
    void publicTreeHasAllTwentyMajorsAndTheir108Level1Categories() {
        Gateway.Answer answer = gateway.get("/api/catalog/categories", null);

        assertThat(answer.status()).isEqualTo(200);
        List<JsonNode> majors = answer.json().valueStream().toList();
        assertThat(majors).hasSize(20);
        assertThat(majors.stream().filter(m -> m.get("kind").asString().equals("GENERAL")).count()).isEqualTo(8);
        assertThat(majors.stream().mapToInt(m -> m.get("children").size()).sum()).isEqualTo(108);
    }

    @Test
    void repeatWithTheEtagIsAnswered304() {
        String etag = gateway.get("/api/catalog/categories", null).header("ETag");

        Gateway.Answer repeat = gateway.get("/api/catalog/categories", null, Map.of("If-None-Match", etag));

        assertThat(etag).isNotBlank();
        assertThat(repeat.status()).isEqualTo(304);
    }

    @Test
    void adminCallWithoutTokenIs401AndWithAProviderTokenIs403() {
        Map<String, Object> category = Map.of("kind", "GENERAL", "name", "网关测试");

        Gateway.Answer anonymous = gateway.post("/api/catalog/categories", null, category);
        Gateway.Answer provider = gateway.post("/api/catalog/categories", gateway.token("provider-e2e", "PROVIDER"), category);

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("Content-Type")).startsWith("application/problem+json");
        assertThat(provider.status()).isEqualTo(403);
        assertThat(provider.json().get("type").asString()).endsWith("/forbidden");
    }

    @Test
    void internalEndpointsAreNotRouted() {
        String admin = gateway.token("admin-e2e", "ADMIN");

        Gateway.Answer answer = gateway.post("/internal/catalog/categories/validation", admin, Map.of("categoryIds", List.of(101)));

        assertThat(answer.status()).isEqualTo(404);
    }

    @Test
    void everyServiceIsReadyBehindTheGateway() {
        for (String service : List.of("onboarding", "merchant", "catalog", "billing")) {
            Gateway.Answer docs = gateway.get("/api-docs/" + service, null);
            assertThat(docs.status()).as(service).isEqualTo(200);
            assertThat(docs.json().get("openapi").asString()).as(service).startsWith("3.1");
        }
    }
}
