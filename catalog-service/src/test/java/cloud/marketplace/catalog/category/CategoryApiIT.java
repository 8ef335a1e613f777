package cloud.marketplace.catalog.category;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.marketplace.contracts.events.CloudEventHeaders;
import cloud.marketplace.contracts.events.Topics;
import cloud.marketplace.platform.test.EventProbe;
import cloud.marketplace.platform.test.ServiceIntegrationTest;
import cloud.marketplace.platform.test.TestTokens;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@ServiceIntegrationTest
class CategoryApiIT {

    private static final long LAST_SEEDED_ID = 208;

    @LocalServerPort int port;
    @Autowired EmbeddedKafkaBroker broker;
    @Autowired JsonMapper json;

    private RestClient http() {
        return RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> { })
                .build();
    }

    @Test
    void publicTreeHasEveryMajorAndLevel1CategoryOfTheSeedInOrder() {
        JsonNode tree = json.readTree(http().get().uri("/api/catalog/categories").retrieve().body(String.class));

        List<JsonNode> general = tree.valueStream().filter(m -> m.get("kind").asString().equals("GENERAL")).toList();
        List<JsonNode> industry = tree.valueStream().filter(m -> m.get("kind").asString().equals("INDUSTRY")).toList();
        assertThat(general).hasSize(8);
        assertThat(industry).hasSize(12);
        // other tests of this class add categories (ids above the seed's 101..208) to the same database
        assertThat(general.stream().mapToLong(m -> seeded(m.get("children"))).sum()).isEqualTo(57);
        assertThat(industry.stream().mapToLong(m -> seeded(m.get("children"))).sum()).isEqualTo(51);
        JsonNode services = general.get(1);
        assertThat(services.get("name").asString()).isEqualTo("服务");
        assertThat(services.get("description").asString()).isEqualTo("适用于实现项目中的软硬件交付部署,迁移运维等的人力服务。");
        assertThat(services.get("children").valueStream().filter(c -> c.get("id").asLong() <= LAST_SEEDED_ID)
                .map(c -> c.get("name").asString()).toList())
                .containsExactly("数据迁移", "环境配置", "定制开发", "网络服务", "故障排查", "企业服务", "咨询");
    }

    @Test
    void repeatWithTheEtagAnswers304UntilTheTreeChanges() {
        var first = http().get().uri("/api/catalog/categories").retrieve().toEntity(String.class);
        String etag = first.getHeaders().getETag();
        assertThat(etag).isNotBlank();

        var repeat = http().get().uri("/api/catalog/categories").header(HttpHeaders.IF_NONE_MATCH, etag)
                .retrieve().toEntity(String.class);
        assertThat(repeat.getStatusCode().value()).isEqualTo(304);
        assertThat(repeat.getBody()).isNull();

        createLevel1(1, "新类目-" + UUID.randomUUID().toString().substring(0, 8));

        var afterChange = http().get().uri("/api/catalog/categories").header(HttpHeaders.IF_NONE_MATCH, etag)
                .retrieve().toEntity(String.class);
        assertThat(afterChange.getStatusCode().value()).isEqualTo(200);
        assertThat(afterChange.getHeaders().getETag()).isNotEqualTo(etag);
    }

    @Test
    void adminAddsRenamesReordersAndDisablesACategoryAndEachChangeIsPublished() {
        try (EventProbe events = EventProbe.on(broker.getBrokersAsString(), Topics.CATEGORY)) {
            long formerFirst = firstChildId(20);
            String name = "迁移工具-" + UUID.randomUUID().toString().substring(0, 8);
            JsonNode created = createLevel1(20, name);
            long id = created.get("id").asLong();
            assertThat(created.get("position").asInt()).isGreaterThan(1);

            JsonNode moved = patch(id, Map.of("position", 1, "name", name + "-改"));
            assertThat(moved.get("position").asInt()).isEqualTo(1);
            JsonNode disabled = patch(id, Map.of("disabled", true));
            assertThat(disabled.get("disabled").asBoolean()).isTrue();

            JsonNode inTree = child(20, id);
            assertThat(inTree.get("disabled").asBoolean()).isTrue();
            assertThat(inTree.get("name").asString()).isEqualTo(name + "-改");
            assertThat(child(20, formerFirst).get("position").asInt()).isEqualTo(2);

            List<String> changes = changesOf(events, Long.toString(id), 3);
            assertThat(changes).containsExactly("CREATED", "UPDATED", "DISABLED");
        }
    }

    @Test
    void nameClashWithinOneMajorIsRefusedWith409ButTheSameNameUnderAnotherMajorIsAccepted() {
        var clash = http().post().uri("/api/catalog/categories").header(HttpHeaders.AUTHORIZATION, TestTokens.admin())
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("kind", "GENERAL", "parentId", 2, "name", "咨询")).retrieve().toEntity(String.class);
        assertThat(clash.getStatusCode().value()).isEqualTo(409);
        assertThat(json.readTree(clash.getBody()).get("type").asString()).endsWith("/category-name-taken");

        String shared = "共享名-" + UUID.randomUUID().toString().substring(0, 8);
        createLevel1(3, shared);
        assertThat(createLevel1(4, shared).get("name").asString()).isEqualTo(shared);
    }

    @Test
    void changesNeedAnAdminToken() {
        var anonymous = http().post().uri("/api/catalog/categories").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("kind", "GENERAL", "name", "x")).retrieve().toEntity(String.class);
        var provider = http().post().uri("/api/catalog/categories").header(HttpHeaders.AUTHORIZATION, TestTokens.provider("p-1"))
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("kind", "GENERAL", "name", "x")).retrieve().toEntity(String.class);

        assertThat(anonymous.getStatusCode().value()).isEqualTo(401);
        assertThat(anonymous.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(provider.getStatusCode().value()).isEqualTo(403);
        assertThat(json.readTree(provider.getBody()).get("type").asString()).endsWith("/forbidden");
    }

    @Test
    void invalidChangeListsEveryFailingField() {
        var response = http().post().uri("/api/catalog/categories").header(HttpHeaders.AUTHORIZATION, TestTokens.admin())
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("parentId", -3, "name", " ")).retrieve().toEntity(String.class);

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        JsonNode problem = json.readTree(response.getBody());
        assertThat(problem.get("errors").valueStream().map(e -> e.get("field").asString()).toList())
                .containsExactlyInAnyOrder("kind", "name", "parentId");
    }

    @Test
    void internalValidationNamesEveryUnusableCategoryAndNeedsAServiceIdentity() {
        long disabled = createLevel1(5, "停用-" + UUID.randomUUID().toString().substring(0, 8)).get("id").asLong();
        patch(disabled, Map.of("disabled", true));

        var response = http().post().uri("/internal/catalog/categories/validation")
                .header(HttpHeaders.AUTHORIZATION, TestTokens.service()).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("categoryIds", List.of(101, 1, 999999, disabled))).retrieve().toEntity(String.class);
        JsonNode answer = json.readTree(response.getBody());
        assertThat(answer.get("valid").asBoolean()).isFalse();
        assertThat(answer.get("invalid").valueStream().map(i -> i.get("id").asLong() + ":" + i.get("reason").asString()).toList())
                .containsExactly("1:NOT_LEVEL_1", "999999:NOT_FOUND", disabled + ":DISABLED");

        var asProvider = http().post().uri("/internal/catalog/categories/validation")
                .header(HttpHeaders.AUTHORIZATION, TestTokens.provider("p-1")).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("categoryIds", List.of(101))).retrieve().toEntity(String.class);
        assertThat(asProvider.getStatusCode().value()).isEqualTo(403);
    }

    private static long seeded(JsonNode children) {
        return children.valueStream().filter(c -> c.get("id").asLong() <= LAST_SEEDED_ID).count();
    }

    private JsonNode createLevel1(long majorId, String name) {
        var response = http().post().uri("/api/catalog/categories").header(HttpHeaders.AUTHORIZATION, TestTokens.admin())
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("kind", majorId <= 8 ? "GENERAL" : "INDUSTRY", "parentId", majorId, "name", name))
                .retrieve().toEntity(String.class);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(201);
        assertThat(response.getHeaders().getLocation()).isNotNull();
        return json.readTree(response.getBody());
    }

    private JsonNode patch(long id, Map<String, Object> body) {
        var response = http().patch().uri("/api/catalog/categories/{id}", id).header(HttpHeaders.AUTHORIZATION, TestTokens.admin())
                .contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toEntity(String.class);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        return json.readTree(response.getBody());
    }

    private long firstChildId(long majorId) {
        JsonNode tree = json.readTree(http().get().uri("/api/catalog/categories").retrieve().body(String.class));
        return tree.valueStream().filter(m -> m.get("id").asLong() == majorId).findFirst().orElseThrow()
                .get("children").get(0).get("id").asLong();
    }

    private JsonNode child(long majorId, long childId) {
        JsonNode tree = json.readTree(http().get().uri("/api/catalog/categories").retrieve().body(String.class));
        return tree.valueStream().filter(m -> m.get("id").asLong() == majorId).findFirst().orElseThrow()
                .get("children").valueStream().filter(c -> c.get("id").asLong() == childId).findFirst().orElseThrow();
    }

    private List<String> changesOf(EventProbe events, String categoryId, int expected) {
        return events.awaitCount(record -> record.key().equals(categoryId), expected, Duration.ofSeconds(20)).stream()
                .peek(record -> assertThat(EventProbe.header(record, CloudEventHeaders.TYPE))
                        .isEqualTo("cloud.marketplace.catalog.CategoryChanged.v1"))
                .map(record -> json.readTree(record.value()).get("change").asString())
                .toList();
    }
}
