package cloud.marketplace.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cloud.marketplace.platform.test.ServiceIntegrationTest;
import cloud.marketplace.platform.test.TestTokens;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@ServiceIntegrationTest
class PlatformWebIT {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;

    @Test
    void sameKeyAndBodyReplaysTheFirstResponseAndCreatesNothingMore() {
        String owner = "p-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();

        ResponseEntity<String> first = post(owner, key, Map.of("amountFen", 500, "label", "a"));
        ResponseEntity<String> again = post(owner, key, Map.of("amountFen", 500, "label", "a"));

        assertThat(first.getStatusCode().value()).isEqualTo(201);
        assertThat(again.getStatusCode().value()).isEqualTo(201);
        assertThat(again.getBody()).isEqualTo(first.getBody());
        assertThat(again.getHeaders().getLocation()).isEqualTo(first.getHeaders().getLocation());
        assertThat(again.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(vouchersOf(owner)).isEqualTo(1);
    }

    @Test
    void sameKeyWithAnotherBodyIs422AndChangesNothing() {
        String owner = "p-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        post(owner, key, Map.of("amountFen", 500, "label", "a"));

        ResponseEntity<String> other = post(owner, key, Map.of("amountFen", 900, "label", "a"));

        assertThat(other.getStatusCode().value()).isEqualTo(422);
        assertThat(problemType(other)).endsWith("/idempotency-key-reused");
        assertThat(vouchersOf(owner)).isEqualTo(1);
    }

    @Test
    void keysAreScopedToTheCaller() {
        String key = UUID.randomUUID().toString();
        String one = "p-" + UUID.randomUUID();
        String two = "p-" + UUID.randomUUID();

        post(one, key, Map.of("amountFen", 500, "label", "a"));
        post(two, key, Map.of("amountFen", 500, "label", "a"));

        assertThat(vouchersOf(one)).isEqualTo(1);
        assertThat(vouchersOf(two)).isEqualTo(1);
    }

    @Test
    void twentyParallelRequestsWithOneKeyCreateOneVoucher() throws Exception {
        String owner = "p-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        VoucherController.hold = new CountDownLatch(1);
        List<Future<ResponseEntity<String>>> answers = new ArrayList<>();
        try (ExecutorService callers = Executors.newFixedThreadPool(20)) {
            for (int i = 0; i < 20; i++) {
                answers.add(callers.submit(() -> post(owner, key, Map.of("amountFen", 700, "label", "x"))));
            }
            // the request that claimed the key is held inside the handler until the 19 others were answered
            await().atMost(Duration.ofSeconds(15)).until(() -> answers.stream().filter(Future::isDone).count() == 19);
            VoucherController.hold.countDown();
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<ResponseEntity<String>> answer : answers) {
            statuses.add(answer.get().getStatusCode().value());
        }
        assertThat(statuses).containsOnly(201, 409);
        assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(1);
        assertThat(vouchersOf(owner)).isEqualTo(1);
    }

    @Test
    void invalidBodyListsEveryFailingFieldAndChangesNothing() {
        String owner = "p-" + UUID.randomUUID();

        ResponseEntity<String> response = post(owner, null, Map.of("amountFen", -1, "label", " ", "email", "nope"));

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = json.readTree(response.getBody());
        assertThat(problem.get("type").asString()).endsWith("/validation");
        assertThat(problem.get("errors").valueStream().map(e -> e.get("field").asString()).toList())
                .containsExactly("amountFen", "email", "label");
        assertThat(vouchersOf(owner)).isZero();
    }

    @Test
    void invalidQueryParametersAreNamedOneByOne() {
        ResponseEntity<String> response = http().get().uri("/api/test/vouchers?page=-1&size=101&minFen=0")
                .header(HttpHeaders.AUTHORIZATION, TestTokens.provider("p-1")).retrieve().toEntity(String.class);

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(json.readTree(response.getBody()).get("errors").valueStream().map(e -> e.get("field").asString()).toList())
                .containsExactlyInAnyOrder("page", "size", "minFen");
    }

    @Test
    void malformedJsonIsA400Problem() {
        ResponseEntity<String> response = http().post().uri("/api/test/vouchers")
                .header(HttpHeaders.AUTHORIZATION, TestTokens.provider("p-1"))
                .contentType(MediaType.APPLICATION_JSON).body("{\"amountFen\": ").retrieve().toEntity(String.class);

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(problemType(response)).endsWith("/malformed-request");
    }

    @Test
    void unexpectedFailureIsA500ProblemWithoutTheExceptionMessage() {
        ResponseEntity<String> response = http().post().uri("/api/test/failures")
                .header(HttpHeaders.AUTHORIZATION, TestTokens.provider("p-1")).retrieve().toEntity(String.class);

        assertThat(response.getStatusCode().value()).isEqualTo(500);
        assertThat(problemType(response)).endsWith("/internal-error");
        assertThat(response.getBody()).doesNotContain("secret internal detail");
    }

    @Test
    void wrongRoleIs403AndNoTokenIs401() {
        ResponseEntity<String> operator = http().post().uri("/api/test/vouchers")
                .header(HttpHeaders.AUTHORIZATION, TestTokens.operator()).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("amountFen", 1, "label", "a")).retrieve().toEntity(String.class);
        ResponseEntity<String> anonymous = http().post().uri("/api/test/vouchers").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("amountFen", 1, "label", "a")).retrieve().toEntity(String.class);

        assertThat(operator.getStatusCode().value()).isEqualTo(403);
        assertThat(problemType(operator)).endsWith("/forbidden");
        assertThat(anonymous.getStatusCode().value()).isEqualTo(401);
        assertThat(problemType(anonymous)).endsWith("/unauthenticated");
    }

    @Test
    void internalEndpointsNeedAServiceIdentity() {
        ResponseEntity<String> provider = http().get().uri("/internal/anything")
                .header(HttpHeaders.AUTHORIZATION, TestTokens.provider("p-1")).retrieve().toEntity(String.class);
        ResponseEntity<String> service = http().get().uri("/internal/anything")
                .header(HttpHeaders.AUTHORIZATION, TestTokens.service()).retrieve().toEntity(String.class);

        assertThat(provider.getStatusCode().value()).isEqualTo(403);
        assertThat(service.getStatusCode().value()).isEqualTo(404);
    }

    private ResponseEntity<String> post(String owner, String key, Map<String, Object> body) {
        var request = http().post().uri("/api/test/vouchers")
                .header(HttpHeaders.AUTHORIZATION, TestTokens.provider(owner)).contentType(MediaType.APPLICATION_JSON);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.body(body).retrieve().toEntity(String.class);
    }

    private int vouchersOf(String owner) {
        return jdbc.sql("SELECT COUNT(*) FROM voucher WHERE owner = :owner").param("owner", owner).query(Integer.class).single();
    }

    private String problemType(ResponseEntity<String> response) {
        return json.readTree(response.getBody()).get("type").asString();
    }

    private RestClient http() {
        return RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> { })
                .build();
    }
}
