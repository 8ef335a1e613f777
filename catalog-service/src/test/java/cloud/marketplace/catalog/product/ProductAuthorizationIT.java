package cloud.marketplace.catalog.product;

import static cloud.marketplace.catalog.CatalogTestClient.product;
import static org.assertj.core.api.Assertions.assertThat;

import cloud.marketplace.catalog.CatalogTestClient;
import cloud.marketplace.catalog.CatalogTestClient.Response;
import cloud.marketplace.platform.test.ServiceIntegrationTest;
import cloud.marketplace.platform.test.TestTokens;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Who may call each product endpoint: 401 without a token, 403 for a wrong role, 404 for another provider's product. */
@ServiceIntegrationTest
class ProductAuthorizationIT {

    private static final String ANONYMOUS = null;
    private static final String OPERATOR = TestTokens.operator();
    private static final String ADMIN = TestTokens.admin();
    private static final String SERVICE = TestTokens.service();
    private static final String OTHER_PROVIDER = TestTokens.provider(CatalogTestClient.newProviderId());
    private static final Map<String, Object> APPROVAL = Map.of("checklist", List.of(Map.of("code", "ACCURATE_DESCRIPTION", "passed", true)));
    private static final Map<String, Object> REJECTION = Map.of("reasons", List.of(Map.of("field", "name", "reason", "x")));

    @LocalServerPort int port;
    @Autowired KafkaTemplate<String, String> kafka;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;

    private CatalogTestClient catalog;
    private String ownerId;
    private String owner;
    private String draft;
    private String listed;

    private record Call(HttpMethod method, String uri, String who, String whoName, Object body, int expected) {
    }

    @BeforeEach
    void productsOfOneProvider() {
        catalog = new CatalogTestClient(port, json, kafka, jdbc);
        ownerId = catalog.eligibleProvider(101L);
        owner = TestTokens.provider(ownerId);
        draft = catalog.createProduct(owner, product(101, "草稿"));
        listed = catalog.createProduct(owner, product(101, "在售"));
        catalog.expect(200, catalog.post("/api/catalog/products/" + listed + "/submit", owner, null));
        catalog.expect(200, catalog.post("/api/catalog/products/" + listed + "/approve", OPERATOR, Map.of("checklist", List.of(
                Map.of("code", "ACCURATE_DESCRIPTION", "passed", true), Map.of("code", "CATEGORY_MATCHES", "passed", true),
                Map.of("code", "PRICING_CLEAR", "passed", true), Map.of("code", "CONTACT_REACHABLE", "passed", true),
                Map.of("code", "LAWFUL_CONTENT", "passed", true)))));
    }

    private Call call(HttpMethod method, String uri, String who, Object body, int expected) {
        String name = who == null ? "anonymous" : who.equals(owner) ? "owner" : who.equals(OTHER_PROVIDER) ? "other provider"
                : who.equals(OPERATOR) ? "operator" : who.equals(ADMIN) ? "admin" : who.equals(SERVICE) ? "service" : "?";
        return new Call(method, uri, who, name, body, expected);
    }

    @Test
    void everyEndpointAnswersOnlyWhoMayCallIt() {
        String products = "/api/catalog/products";
        String ofDraft = products + "/" + draft;
        String ofListed = products + "/" + listed;
        String summary = "/internal/catalog/providers/" + ownerId + "/products/summary";
        List<Call> calls = List.of(
                call(HttpMethod.POST, products, ANONYMOUS, product(101, "x"), 401),
                call(HttpMethod.POST, products, OPERATOR, product(101, "x"), 403),
                call(HttpMethod.POST, products, ADMIN, product(101, "x"), 403),
                call(HttpMethod.POST, products, SERVICE, product(101, "x"), 403),

                call(HttpMethod.PUT, ofDraft, ANONYMOUS, product(101, "改"), 401),
                call(HttpMethod.PUT, ofDraft, OPERATOR, product(101, "改"), 403),
                call(HttpMethod.PUT, ofDraft, OTHER_PROVIDER, product(101, "改"), 404),

                call(HttpMethod.POST, ofDraft + "/submit", ANONYMOUS, null, 401),
                call(HttpMethod.POST, ofDraft + "/submit", OPERATOR, null, 403),
                call(HttpMethod.POST, ofDraft + "/submit", OTHER_PROVIDER, null, 404),

                call(HttpMethod.POST, ofDraft + "/approve", ANONYMOUS, APPROVAL, 401),
                call(HttpMethod.POST, ofDraft + "/approve", owner, APPROVAL, 403),
                call(HttpMethod.POST, ofDraft + "/approve", ADMIN, APPROVAL, 403),
                call(HttpMethod.POST, ofDraft + "/reject", ANONYMOUS, REJECTION, 401),
                call(HttpMethod.POST, ofDraft + "/reject", owner, REJECTION, 403),

                call(HttpMethod.POST, ofListed + "/delist", ANONYMOUS, null, 401),
                call(HttpMethod.POST, ofListed + "/delist", ADMIN, null, 403),
                call(HttpMethod.POST, ofListed + "/delist", OTHER_PROVIDER, null, 404),

                call(HttpMethod.GET, ofDraft, ANONYMOUS, null, 404),
                call(HttpMethod.GET, ofDraft, OTHER_PROVIDER, null, 404),
                call(HttpMethod.GET, ofDraft, owner, null, 200),
                call(HttpMethod.GET, ofDraft, OPERATOR, null, 200),
                call(HttpMethod.GET, ofDraft, "Bearer not-a-token", null, 401),
                call(HttpMethod.GET, ofListed, ANONYMOUS, null, 200),
                call(HttpMethod.GET, ofListed, OTHER_PROVIDER, null, 200),
                call(HttpMethod.GET, products, ANONYMOUS, null, 200),
                call(HttpMethod.GET, products, OTHER_PROVIDER, null, 200),

                call(HttpMethod.GET, products + "/mine", ANONYMOUS, null, 401),
                call(HttpMethod.GET, products + "/mine", OPERATOR, null, 403),
                call(HttpMethod.GET, products + "/mine", owner, null, 200),

                call(HttpMethod.GET, ofDraft + "/reviews", ANONYMOUS, null, 401),
                call(HttpMethod.GET, ofDraft + "/reviews", ADMIN, null, 403),
                call(HttpMethod.GET, ofDraft + "/reviews", OTHER_PROVIDER, null, 404),
                call(HttpMethod.GET, ofDraft + "/reviews", owner, null, 200),
                call(HttpMethod.GET, ofDraft + "/reviews", OPERATOR, null, 200),

                call(HttpMethod.GET, products + "/under-review", ANONYMOUS, null, 401),
                call(HttpMethod.GET, products + "/under-review", owner, null, 403),
                call(HttpMethod.GET, products + "/under-review", ADMIN, null, 403),
                call(HttpMethod.GET, products + "/review-standards", ANONYMOUS, null, 401),
                call(HttpMethod.GET, products + "/review-standards", owner, null, 403),
                call(HttpMethod.GET, products + "/review-standards", OPERATOR, null, 200),

                call(HttpMethod.GET, summary, ANONYMOUS, null, 401),
                call(HttpMethod.GET, summary, owner, null, 403),
                call(HttpMethod.GET, summary, OPERATOR, null, 403),
                call(HttpMethod.GET, summary, SERVICE, null, 200));

        SoftAssertions softly = new SoftAssertions();
        for (Call call : calls) {
            Response response = catalog.call(call.method(), call.uri(), call.who(), call.body());
            softly.assertThat(response.status()).as("%s %s as %s: %s", call.method(), call.uri(), call.whoName(), response.body())
                    .isEqualTo(call.expected());
            if (call.expected() >= 400) {
                softly.assertThat(response.headers().getContentType()).as("%s %s as %s", call.method(), call.uri(), call.whoName())
                        .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            }
        }
        softly.assertAll();

        Response afterwards = catalog.get("/api/catalog/products/" + draft, owner);
        assertThat(afterwards.text("status")).isEqualTo("DRAFT");
        assertThat(afterwards.get("revision").get("content").get("name").asString()).isEqualTo("草稿");
        assertThat(catalog.get("/api/catalog/products/" + listed, ANONYMOUS).text("status")).isEqualTo("LISTED");
    }

    @Test
    void strangersSeeOnlyTheListedFaceOfAProductAndItsOwnerSeesItWhole() {
        Response stranger = catalog.expect(200, catalog.get("/api/catalog/products/" + listed, OTHER_PROVIDER));
        Response ownerView = catalog.expect(200, catalog.get("/api/catalog/products/" + listed, owner));

        assertThat(stranger.text("name")).isEqualTo("在售");
        assertThat(stranger.json().has("listed")).isFalse();
        assertThat(stranger.json().has("version")).isFalse();
        assertThat(ownerView.get("listed").get("content").get("name").asString()).isEqualTo("在售");
        assertThat(ownerView.json().has("version")).isTrue();
    }

    @Test
    void pathsThatAreNotAProductIdStillNeedAToken() {
        assertThat(catalog.get("/api/catalog/products/not-a-product-id", ANONYMOUS).status()).isEqualTo(401);
        assertThat(catalog.get("/api/catalog/products/not-a-product-id", OTHER_PROVIDER).status()).isEqualTo(404);
    }
}
