package cloud.marketplace.catalog.product;

import static cloud.marketplace.catalog.CatalogTestClient.EVENT_TIME;
import static cloud.marketplace.catalog.CatalogTestClient.approved;
import static cloud.marketplace.catalog.CatalogTestClient.product;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cloud.marketplace.catalog.CatalogTestClient;
import cloud.marketplace.catalog.CatalogTestClient.Response;
import cloud.marketplace.contracts.events.CloudEventHeaders;
import cloud.marketplace.contracts.events.FieldReason;
import cloud.marketplace.contracts.events.Topics;
import cloud.marketplace.platform.test.EventProbe;
import cloud.marketplace.platform.test.ServiceIntegrationTest;
import cloud.marketplace.platform.test.TestTokens;
import cloud.marketplace.security.Role;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@ServiceIntegrationTest
class ProductApiIT {

    private static final List<Map<String, Object>> ALL_PASSED = List.of(
            Map.of("code", "ACCURATE_DESCRIPTION", "passed", true), Map.of("code", "CATEGORY_MATCHES", "passed", true),
            Map.of("code", "PRICING_CLEAR", "passed", true), Map.of("code", "CONTACT_REACHABLE", "passed", true),
            Map.of("code", "LAWFUL_CONTENT", "passed", true));

    @LocalServerPort int port;
    @Autowired EmbeddedKafkaBroker broker;
    @Autowired KafkaTemplate<String, String> kafka;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;
    @Autowired ProductRepository repository;
    @Autowired TransactionTemplate transaction;

    private CatalogTestClient catalog;

    @BeforeEach
    void client() {
        catalog = new CatalogTestClient(port, json, kafka, jdbc);
    }

    private static String uri(String productId, String action) {
        return "/api/catalog/products/" + productId + (action.isEmpty() ? "" : "/" + action);
    }

    private Response submit(String providerId, String productId) {
        return catalog.post(uri(productId, "submit"), TestTokens.provider(providerId), null);
    }

    private Response approve(String productId) {
        return catalog.post(uri(productId, "approve"), TestTokens.operator(), Map.of("checklist", ALL_PASSED));
    }

    /** A listed product of a new eligible provider, in category 101. */
    private String listedProduct(String providerId, String name) {
        String productId = catalog.createProduct(TestTokens.provider(providerId), product(101, name));
        catalog.expect(200, submit(providerId, productId));
        catalog.expect(200, approve(productId));
        return productId;
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new HashMap<>(body);
        changed.put(field, value);
        return changed;
    }

    private static String eventType(ConsumerRecord<String, String> record) {
        return EventProbe.header(record, CloudEventHeaders.TYPE);
    }

    private ConsumerRecord<String, String> awaitEvent(EventProbe events, String productId, String type) {
        return events.await(record -> type.equals(eventType(record))
                && productId.equals(json.readTree(record.value()).get("productId").asString()), Duration.ofSeconds(20));
    }

    @Test
    void providerCreatesADraftInAnApprovedCategoryAndEditsItFreely() {
        String providerId = CatalogTestClient.newProviderId();
        var approval = approved(providerId, EVENT_TIME, 101L, 102L);
        catalog.publish(approval);
        catalog.awaitProcessed(approval);
        String provider = TestTokens.provider(providerId);

        Response created = catalog.post("/api/catalog/products", provider, product(101, "应用托管"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String productId = created.text("id");
        assertThat(created.headers().getLocation()).hasToString("/api/catalog/products/" + productId);
        assertThat(created.text("status")).isEqualTo("DRAFT");
        assertThat(created.text("providerId")).isEqualTo(providerId);
        assertThat(created.get("revision").get("content").get("pricePlans").get(1).get("amountFen").asLong()).isEqualTo(99_000);

        catalog.expect(200, catalog.put(uri(productId, ""), provider, product(102, "应用托管 Pro")));
        Response edited = catalog.expect(200, catalog.put(uri(productId, ""), provider,
                with(product(102, "应用托管 Pro"), "pricePlans", List.of(Map.of("name", "按年", "billingCycle", "YEARLY",
                        "amountFen", 120_000)))));

        assertThat(edited.text("status")).isEqualTo("DRAFT");
        assertThat(edited.get("revision").get("number").asInt()).isEqualTo(1);
        JsonNode content = catalog.get(uri(productId, ""), provider).get("revision").get("content");
        assertThat(content.get("name").asString()).isEqualTo("应用托管 Pro");
        assertThat(content.get("categoryId").asLong()).isEqualTo(102);
        assertThat(content.get("pricePlans").size()).isEqualTo(1);
        assertThat(content.get("pricePlans").get(0).get("amountFen").asLong()).isEqualTo(120_000);

        JsonNode mine = catalog.expect(200, catalog.get("/api/catalog/products/mine", provider)).json();
        assertThat(mine.get("totalItems").asLong()).isEqualTo(1);
        assertThat(mine.get("items").get(0).get("status").asString()).isEqualTo("DRAFT");
        assertThat(mine.get("items").get(0).get("name").asString()).isEqualTo("应用托管 Pro");
    }

    @Test
    void creatingTwiceWithOneIdempotencyKeyCreatesOneProduct() {
        String providerId = catalog.eligibleProvider(101L);
        String provider = TestTokens.provider(providerId);
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());

        Response first = catalog.call(HttpMethod.POST, "/api/catalog/products", provider, product(101, "只建一次"), key);
        Response replay = catalog.call(HttpMethod.POST, "/api/catalog/products", provider, product(101, "只建一次"), key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.text("id")).isEqualTo(first.text("id"));
        assertThat(catalog.get("/api/catalog/products/mine", provider).get("totalItems").asLong()).isEqualTo(1);
    }

    @Test
    void productInACategoryTheProviderWasNotApprovedForIsRefusedNamingIt() {
        String providerId = catalog.eligibleProvider(101L);

        Response refused = catalog.post("/api/catalog/products", TestTokens.provider(providerId), product(140, "大数据平台"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.type()).endsWith("/category-not-approved");
        assertThat(refused.get("categoryId").asLong()).isEqualTo(140);
        assertThat(refused.text("detail")).contains("140");
        assertThat(refused.get("approvedCategoryIds").valueStream().map(JsonNode::asLong).toList()).containsExactly(101L);
    }

    @Test
    void approvedCategoryDisabledSinceIsRefused() {
        Response category = catalog.post("/api/catalog/categories", TestTokens.admin(),
                Map.of("kind", "GENERAL", "parentId", 1, "name", "待停用-" + UUID.randomUUID().toString().substring(0, 8)));
        long categoryId = catalog.expect(201, category).get("id").asLong();
        String providerId = catalog.eligibleProvider(101L, categoryId);
        catalog.expect(200, catalog.call(HttpMethod.PATCH, "/api/catalog/categories/" + categoryId,
                TestTokens.admin(), Map.of("disabled", true)));

        Response refused = catalog.post("/api/catalog/products", TestTokens.provider(providerId), product(categoryId, "工具"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.type()).endsWith("/category-unavailable");
        assertThat(refused.text("reason")).isEqualTo("DISABLED");
    }

    @Test
    void everyInvalidFieldIsListed() {
        Map<String, Object> invalid = new HashMap<>();
        invalid.put("categoryId", -1);
        invalid.put("name", " ");
        invalid.put("summary", "x".repeat(201));
        invalid.put("deliveryType", "DVD");
        invalid.put("pricePlans", List.of(Map.of("name", "基础版", "billingCycle", "WEEKLY", "amountFen", -5),
                Map.of("name", "基础版", "billingCycle", "MONTHLY", "amountFen", 10_000_000_001L)));
        invalid.put("contact", Map.of("name", "李四", "phone", "12345", "email", "not-an-email"));

        Response refused = catalog.post("/api/catalog/products", TestTokens.provider(CatalogTestClient.newProviderId()), invalid);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.type()).endsWith("/validation");
        assertThat(refused.fieldsInError()).containsExactlyInAnyOrder("categoryId", "name", "summary", "description",
                "deliveryType", "pricePlans", "pricePlans[0].billingCycle", "pricePlans[0].amountFen",
                "pricePlans[1].amountFen", "contact.phone", "contact.email");
    }

    @Test
    void submittedProductIsReviewedAgainstTheStandardsListedAndPublic() {
        String providerId = catalog.eligibleProvider(101L);
        String provider = TestTokens.provider(providerId);
        String first = catalog.createProduct(provider, product(101, "先提交"));
        String second = catalog.createProduct(provider, product(101, "后提交"));

        try (EventProbe events = EventProbe.on(broker.getBrokersAsString(), Topics.PRODUCT)) {
            catalog.expect(200, submit(providerId, first));
            catalog.expect(200, submit(providerId, second));
            awaitEvent(events, first, "cloud.marketplace.catalog.ProductSubmitted.v1");

            assertThat(reviewQueue().stream().map(item -> item.get("id").asString()).toList()).containsSubsequence(first, second);

            Response listed = catalog.expect(200, approve(first));
            assertThat(listed.text("status")).isEqualTo("LISTED");
            assertThat(listed.get("listed").get("content").get("name").asString()).isEqualTo("先提交");

            ConsumerRecord<String, String> event = awaitEvent(events, first, "cloud.marketplace.catalog.ProductListed.v1");
            assertThat(event.key()).isEqualTo(providerId);
            assertThat(json.readTree(event.value()).get("categoryId").asLong()).isEqualTo(101);
        }

        Response publicView = catalog.expect(200, catalog.get(uri(first, ""), null));
        assertThat(publicView.text("name")).isEqualTo("先提交");
        assertThat(publicView.text("status")).isEqualTo("LISTED");
        assertThat(publicView.json().has("revision")).isFalse();
        assertThat(publicView.get("pricePlans").size()).isEqualTo(2);

        JsonNode reviews = catalog.expect(200, catalog.get(uri(first, "reviews"), provider)).json();
        assertThat(reviews.size()).isEqualTo(1);
        assertThat(reviews.get(0).get("decision").asString()).isEqualTo("APPROVED");
        assertThat(reviews.get(0).get("reviewer").asString()).isEqualTo("operator-1");
        assertThat(reviews.get(0).get("checklist").valueStream().map(mark -> mark.get("code").asString() + "=" + mark.get("passed").asBoolean()))
                .containsExactly("ACCURATE_DESCRIPTION=true", "CATEGORY_MATCHES=true", "PRICING_CLEAR=true",
                        "CONTACT_REACHABLE=true", "LAWFUL_CONTENT=true");
    }

    @Test
    void approvalNeedsEveryItemOfTheStandardsMarkedPassed() {
        String providerId = catalog.eligibleProvider(101L);
        String productId = catalog.createProduct(TestTokens.provider(providerId), product(101, "待审"));
        catalog.expect(200, submit(providerId, productId));

        Response incomplete = catalog.post(uri(productId, "approve"), TestTokens.operator(), Map.of("checklist", List.of(
                Map.of("code", "ACCURATE_DESCRIPTION", "passed", true), Map.of("code", "PRICING_CLEAR", "passed", false))));
        assertThat(incomplete.status()).isEqualTo(422);
        assertThat(incomplete.type()).endsWith("/review-checklist-not-passed");
        assertThat(incomplete.get("unmarked").valueStream().map(JsonNode::asString).toList())
                .containsExactly("CATEGORY_MATCHES", "CONTACT_REACHABLE", "LAWFUL_CONTENT");
        assertThat(incomplete.get("failed").valueStream().map(JsonNode::asString).toList()).containsExactly("PRICING_CLEAR");

        List<Map<String, Object>> withUnknown = new ArrayList<>(ALL_PASSED);
        withUnknown.add(Map.of("code", "LOOKS_NICE", "passed", true));
        Response unknown = catalog.post(uri(productId, "approve"), TestTokens.operator(), Map.of("checklist", withUnknown));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.get("unknown").valueStream().map(JsonNode::asString).toList()).containsExactly("LOOKS_NICE");

        assertThat(catalog.get(uri(productId, ""), TestTokens.operator()).text("status")).isEqualTo("UNDER_REVIEW");
        assertThat(catalog.get(uri(productId, "reviews"), TestTokens.operator()).json().size()).isZero();
    }

    @Test
    void rejectionWithReasonsPerFieldSendsTheProductBackToItsProvider() {
        String providerId = catalog.eligibleProvider(101L);
        String provider = TestTokens.provider(providerId);
        String productId = catalog.createProduct(provider, product(101, "被驳回"));
        catalog.expect(200, submit(providerId, productId));

        try (EventProbe events = EventProbe.on(broker.getBrokersAsString(), Topics.PRODUCT)) {
            Response rejected = catalog.expect(200, catalog.post(uri(productId, "reject"), TestTokens.operator(), Map.of(
                    "reasons", List.of(Map.of("field", "description", "reason", "缺少部署说明"),
                            Map.of("field", "pricePlans[1].amountFen", "reason", "价格与说明不符")),
                    "checklist", List.of(Map.of("code", "ACCURATE_DESCRIPTION", "passed", false),
                            Map.of("code", "LAWFUL_CONTENT", "passed", true)))));
            assertThat(rejected.text("status")).isEqualTo("REJECTED");

            ConsumerRecord<String, String> event = awaitEvent(events, productId, "cloud.marketplace.catalog.ProductRejected.v1");
            assertThat(json.readTree(event.value()).get("reasons").valueStream().map(r -> r.get("field").asString()).toList())
                    .containsExactly("description", "pricePlans[1].amountFen");
        }

        JsonNode revision = catalog.get(uri(productId, ""), provider).get("revision");
        assertThat(revision.get("stage").asString()).isEqualTo("REJECTED");
        assertThat(revision.get("rejection").get(0).get("reason").asString()).isEqualTo("缺少部署说明");
        JsonNode review = catalog.get(uri(productId, "reviews"), provider).json().get(0);
        assertThat(review.get("decision").asString()).isEqualTo("REJECTED");
        assertThat(review.get("checklist").valueStream().map(mark -> mark.get("code").asString() + "=" + mark.get("passed").asBoolean()))
                .containsExactly("ACCURATE_DESCRIPTION=false", "LAWFUL_CONTENT=true");
        assertThat(review.get("reasons").size()).isEqualTo(2);

        Response edited = catalog.expect(200, catalog.put(uri(productId, ""), provider, product(101, "已补充说明")));
        assertThat(edited.text("status")).isEqualTo("DRAFT");
        assertThat(edited.get("revision").get("number").asInt()).isEqualTo(2);
        assertThat(catalog.expect(200, submit(providerId, productId)).text("status")).isEqualTo("UNDER_REVIEW");
    }

    @Test
    void rejectionNeedsReasonsNamingProductFields() {
        Response refused = catalog.post(uri(UUID.randomUUID().toString(), "reject"), TestTokens.operator(),
                Map.of("reasons", List.of(Map.of("field", "colour", "reason", " "))));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.fieldsInError()).containsExactlyInAnyOrder("reasons[0].field", "reasons[0].reason");
        assertThat(catalog.post(uri(UUID.randomUUID().toString(), "reject"), TestTokens.operator(),
                Map.of("reasons", List.of())).fieldsInError()).containsExactly("reasons");
    }

    @Test
    void editingAListedProductKeepsTheListedRevisionOnSaleUntilTheNewOneIsApproved() {
        String providerId = catalog.eligibleProvider(101L);
        String provider = TestTokens.provider(providerId);
        String productId = listedProduct(providerId, "第一版");

        Response revised = catalog.expect(200, catalog.put(uri(productId, ""), provider, product(101, "第二版")));
        assertThat(revised.text("status")).isEqualTo("LISTED");
        assertThat(revised.get("revision").get("stage").asString()).isEqualTo("UNDER_REVIEW");
        assertThat(revised.get("revision").get("number").asInt()).isEqualTo(2);
        assertThat(catalog.get(uri(productId, ""), null).text("name")).isEqualTo("第一版");
        assertThat(catalog.put(uri(productId, ""), provider, product(101, "第三版")).status()).isEqualTo(409);
        JsonNode queued = reviewQueue().stream().filter(item -> item.get("id").asString().equals(productId)).findFirst().orElseThrow();
        assertThat(queued.get("listed").asBoolean()).isTrue();
        assertThat(queued.get("revision").asInt()).isEqualTo(2);
        assertThat(queued.get("name").asString()).isEqualTo("第二版");

        catalog.expect(200, approve(productId));

        assertThat(catalog.get(uri(productId, ""), null).text("name")).isEqualTo("第二版");
        JsonNode owner = catalog.get(uri(productId, ""), provider).json();
        assertThat(owner.get("listed").get("revision").asInt()).isEqualTo(2);
        assertThat(absent(owner, "revision")).isTrue();
    }

    @Test
    void providerDelistsItsProductWithoutAReasonAndItLeavesThePublicList() {
        Response category = catalog.post("/api/catalog/categories", TestTokens.admin(),
                Map.of("kind", "GENERAL", "parentId", 1, "name", "下架测试-" + UUID.randomUUID().toString().substring(0, 8)));
        long categoryId = catalog.expect(201, category).get("id").asLong();
        String providerId = catalog.eligibleProvider(categoryId);
        String provider = TestTokens.provider(providerId);
        List<String> ids = new ArrayList<>();
        for (String name : List.of("甲", "乙", "丙")) {
            String id = catalog.createProduct(provider, product(categoryId, name));
            catalog.expect(200, submit(providerId, id));
            catalog.expect(200, approve(id));
            ids.add(id);
        }
        JsonNode firstPage = catalog.expect(200, catalog.get("/api/catalog/products?size=2&categoryId=" + categoryId, null)).json();
        assertThat(firstPage.get("totalItems").asLong()).isEqualTo(3);
        assertThat(firstPage.get("items").valueStream().map(item -> item.get("name").asString()).toList()).containsExactly("丙", "乙");
        assertThat(firstPage.get("items").get(0).get("fromFen").asLong()).isEqualTo(9_900);

        try (EventProbe events = EventProbe.on(broker.getBrokersAsString(), Topics.PRODUCT)) {
            Response delisted = catalog.expect(200, catalog.post(uri(ids.get(2), "delist"), provider, null));
            assertThat(delisted.text("status")).isEqualTo("DELISTED");
            JsonNode event = json.readTree(awaitEvent(events, ids.get(2), "cloud.marketplace.catalog.ProductDelisted.v1").value());
            assertThat(event.get("delistedBy").asString()).isEqualTo(providerId);
            assertThat(absent(event, "reason")).isTrue();
        }

        assertThat(catalog.get(uri(ids.get(2), ""), null).status()).isEqualTo(404);
        assertThat(catalog.get(uri(ids.get(2), ""), provider).text("status")).isEqualTo("DELISTED");
        JsonNode afterDelisting = catalog.get("/api/catalog/products?categoryId=" + categoryId, null).json();
        assertThat(afterDelisting.get("items").valueStream().map(item -> item.get("id").asString()).toList())
                .containsExactly(ids.get(1), ids.get(0));
        assertThat(catalog.post(uri(ids.get(2), "delist"), provider, null).status()).isEqualTo(409);
    }

    @Test
    void operatorDelistsAnyProductButMustSayWhy() {
        String providerId = catalog.eligibleProvider(101L);
        String productId = listedProduct(providerId, "违规商品");

        Response withoutReason = catalog.post(uri(productId, "delist"), TestTokens.operator(), Map.of());
        assertThat(withoutReason.status()).isEqualTo(400);
        assertThat(withoutReason.fieldsInError()).containsExactly("reason");

        try (EventProbe events = EventProbe.on(broker.getBrokersAsString(), Topics.PRODUCT)) {
            Response delisted = catalog.expect(200, catalog.post(uri(productId, "delist"), TestTokens.operator(),
                    Map.of("reason", "资质过期")));
            assertThat(delisted.get("delisted").get("by").asString()).isEqualTo("operator-1");
            JsonNode event = json.readTree(awaitEvent(events, productId, "cloud.marketplace.catalog.ProductDelisted.v1").value());
            assertThat(event.get("reason").asString()).isEqualTo("资质过期");
            assertThat(event.get("delistedBy").asString()).isEqualTo("operator-1");
        }
    }

    @Test
    void twoOperatorsApprovingAtOnceOneWinsAndTheOtherGets409() throws Exception {
        String providerId = catalog.eligibleProvider(101L);
        String productId = catalog.createProduct(TestTokens.provider(providerId), product(101, "抢审"));
        catalog.expect(200, submit(providerId, productId));
        String secondOperator = TestTokens.bearer("operator-2", Role.OPERATOR);

        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService operators = Executors.newFixedThreadPool(2)) {
            CompletableFuture<Response> one = CompletableFuture.supplyAsync(() -> {
                awaitQuietly(start);
                return approve(productId);
            }, operators);
            CompletableFuture<Response> other = CompletableFuture.supplyAsync(() -> {
                awaitQuietly(start);
                return catalog.post(uri(productId, "reject"), secondOperator,
                        Map.of("reasons", List.of(Map.of("field", "name", "reason", "名称不规范"))));
            }, operators);
            start.countDown();

            List<Integer> statuses = List.of(one.get().status(), other.get().status());
            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        }
        assertThat(catalog.get(uri(productId, "reviews"), TestTokens.operator()).json().size()).isEqualTo(1);
    }

    @Test
    void saveOfAProductChangedSinceItWasLoadedIsRefused() {
        String providerId = catalog.eligibleProvider(101L);
        String productId = catalog.createProduct(TestTokens.provider(providerId), product(101, "版本"));
        catalog.expect(200, submit(providerId, productId));
        Product first = repository.findById(productId).orElseThrow();
        Product second = repository.findById(productId).orElseThrow();

        first.approve(EVENT_TIME);
        transaction.executeWithoutResult(status -> repository.update(first));
        second.reject(List.of(new FieldReason("name", "x")), EVENT_TIME);

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> repository.update(second)))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(catalog.get(uri(productId, ""), null).text("status")).isEqualTo("LISTED");
    }

    @Test
    void internalSummaryCountsTheProvidersProducts() {
        String providerId = catalog.eligibleProvider(101L);
        String provider = TestTokens.provider(providerId);
        listedProduct(providerId, "已上架");
        String waiting = catalog.createProduct(provider, product(101, "审核中"));
        catalog.expect(200, submit(providerId, waiting));
        catalog.createProduct(provider, product(101, "草稿"));

        Response summary = catalog.expect(200, catalog.get("/internal/catalog/providers/" + providerId + "/products/summary",
                TestTokens.service()));

        assertThat(summary.text("providerId")).isEqualTo(providerId);
        assertThat(summary.get("total").asLong()).isEqualTo(3);
        assertThat(summary.get("listed").asLong()).isEqualTo(1);
        assertThat(summary.get("underReview").asLong()).isEqualTo(1);
        JsonNode nobody = catalog.get("/internal/catalog/providers/" + CatalogTestClient.newProviderId() + "/products/summary",
                TestTokens.service()).json();
        assertThat(nobody.get("total").asLong()).isZero();
    }

    @Test
    void listsArePagedWithACappedPageSize() {
        Response tooBig = catalog.get("/api/catalog/products?size=101", null);
        assertThat(tooBig.status()).isEqualTo(400);
        assertThat(tooBig.fieldsInError()).containsExactly("size");
        assertThat(catalog.get("/api/catalog/products?categoryId=0", null).fieldsInError()).containsExactly("categoryId");
    }

    @Test
    void openApiDocumentsTheProductEndpoints() {
        JsonNode paths = catalog.expect(200, catalog.get("/v3/api-docs", null)).get("paths");

        assertThat(paths.propertyNames()).contains("/api/catalog/products", "/api/catalog/products/{id}",
                "/api/catalog/products/{id}/submit", "/api/catalog/products/{id}/approve", "/api/catalog/products/{id}/reject",
                "/api/catalog/products/{id}/delist", "/api/catalog/products/mine", "/api/catalog/products/under-review",
                "/api/catalog/eligibility", "/internal/catalog/providers/{providerId}/products/summary");
    }

    /** The whole review queue, page after page, in its order. */
    private List<JsonNode> reviewQueue() {
        List<JsonNode> queue = new ArrayList<>();
        JsonNode page;
        int pageNumber = 0;
        do {
            page = catalog.expect(200, catalog.get("/api/catalog/products/under-review?size=100&page=" + pageNumber++,
                    TestTokens.operator())).json();
            page.get("items").valueStream().forEach(queue::add);
        } while (page.get("items").size() == 100);
        return queue;
    }

    private static boolean absent(JsonNode node, String field) {
        return node.path(field).isMissingNode() || node.path(field).isNull();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
