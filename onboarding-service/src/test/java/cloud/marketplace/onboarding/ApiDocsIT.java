package cloud.marketplace.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.marketplace.onboarding.support.Api;
import cloud.marketplace.platform.test.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@ServiceIntegrationTest
class ApiDocsIT {

    @LocalServerPort int port;
    @Autowired JsonMapper json;

    @Test
    void theOpenApiDocumentHasEveryPathOfTheJourneyAndSaysWhatASecondStartAnswers() {
        Api.Answer docs = new Api(port, json).get("/v3/api-docs", null);

        assertThat(docs.status()).isEqualTo(200);
        JsonNode paths = docs.json().path("paths");
        assertThat(paths.propertyNames()).contains(
                "/api/onboarding/real-name-verification", "/api/onboarding/agreements", "/api/onboarding/applications",
                "/api/onboarding/applications/{id}", "/api/onboarding/applications/{id}/business-license",
                "/api/onboarding/applications/{id}/submit", "/api/onboarding/applications/{id}/approve",
                "/api/onboarding/applications/{id}/reject", "/api/onboarding/store", "/api/onboarding/store/submit",
                "/api/onboarding/stores/{providerId}/approve", "/api/onboarding/stores/{providerId}/reject",
                "/api/onboarding/overview", "/internal/onboarding/providers/{providerId}",
                "/internal/onboarding/providers/{providerId}/business-license");
        JsonNode start = paths.path("/api/onboarding/applications").path("post");
        assertThat(start.path("responses").path("201").path("description").asString()).contains("DRAFT");
        assertThat(start.path("responses").path("200").path("description").asString())
                .contains("already has an application");
        assertThat(start.path("description").asString()).contains("returns the provider's existing application");
        assertThat(start.path("parameters").toString()).contains("Idempotency-Key");
    }
}
