package cloud.marketplace.onboarding.review;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.marketplace.contracts.events.CloudEventHeaders;
import cloud.marketplace.contracts.events.Topics;
import cloud.marketplace.onboarding.support.Api;
import cloud.marketplace.onboarding.support.Journey;
import cloud.marketplace.platform.BusinessCalendar;
import cloud.marketplace.platform.test.EventProbe;
import cloud.marketplace.platform.test.ServiceIntegrationTest;
import cloud.marketplace.platform.test.TestTokens;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@ServiceIntegrationTest
class ReviewIT {

    @LocalServerPort int port;
    @Autowired JsonMapper json;
    @Autowired BusinessCalendar calendar;
    @Autowired EmbeddedKafkaBroker broker;
    @Autowired JdbcClient jdbc;

    private Api api;
    private Journey journey;

    @BeforeEach
    void setUp() {
        api = new Api(port, json);
        journey = new Journey(api, calendar.today());
    }

    @Test
    void theQueueListsSubmittedApplicationsOldestFirstInPages() {
        String first = journey.submitted(Journey.newProvider());
        String second = journey.submitted(Journey.newProvider());
        String third = journey.submitted(Journey.newProvider());

        List<String> queue = new ArrayList<>();
        int page = 0;
        JsonNode answer;
        do {
            answer = api.get("/api/onboarding/applications?status=SUBMITTED&size=2&page=" + page++, TestTokens.operator())
                    .json();
            assertThat(answer.path("size").asInt()).isEqualTo(2);
            assertThat(answer.path("items").size()).isLessThanOrEqualTo(2);
            answer.path("items").forEach(item -> {
                assertThat(item.path("status").asString()).isEqualTo("SUBMITTED");
                queue.add(item.path("id").asString());
            });
        } while (answer.path("items").size() == 2);

        assertThat(queue).hasSize(answer.path("totalItems").asInt());
        assertThat(queue).containsSubsequence(first, second, third);
        assertThat(api.get("/api/onboarding/applications?size=101", TestTokens.operator()).status()).isEqualTo(400);
        assertThat(api.get("/api/onboarding/applications?status=NOPE", TestTokens.operator()).status()).isEqualTo(400);
    }

    @Test
    void ofTwoOperatorsDecidingOneApplicationAtOnceExactlyOneWins() throws Exception {
        List<String> applications = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            applications.add(journey.submitted(Journey.newProvider()));
        }
        try (EventProbe events = EventProbe.on(broker.getBrokersAsString(), Topics.PROVIDER);
             ExecutorService operators = Executors.newFixedThreadPool(2)) {
            for (String id : applications) {
                CountDownLatch start = new CountDownLatch(1);
                Future<Api.Answer> approve = operators.submit(() -> {
                    start.await();
                    return api.post("/api/onboarding/applications/" + id + "/approve",
                            TestTokens.bearer("operator-a", cloud.marketplace.security.Role.OPERATOR), null);
                });
                Future<Api.Answer> reject = operators.submit(() -> {
                    start.await();
                    return api.post("/api/onboarding/applications/" + id + "/reject",
                            TestTokens.bearer("operator-b", cloud.marketplace.security.Role.OPERATOR),
                            Map.of("reasons", List.of(Map.of("field", "categoryIds", "reason", "类目不符"))));
                });
                start.countDown();
                List<Integer> statuses = List.of(approve.get().status(), reject.get().status());

                assertThat(statuses).as(id).containsExactlyInAnyOrder(200, 409);
                Api.Answer winner = approve.get().status() == 200 ? approve.get() : reject.get();
                Api.Answer loser = approve.get().status() == 409 ? approve.get() : reject.get();
                assertThat(loser.problem()).isIn("concurrent-modification", "application-already-decided");
                JsonNode stored = api.get("/api/onboarding/applications/" + id, TestTokens.operator()).json();
                assertThat(stored.path("status").asString()).isEqualTo(winner.text("status"));
                assertThat(stored.path("reviews")).hasSize(1);
            }
            List<ConsumerRecord<String, String>> decisions = events.awaitCount(r -> isDecision(r)
                    && applications.stream().anyMatch(r.value()::contains), applications.size(), Duration.ofSeconds(15));
            assertThat(decisions).hasSize(applications.size());
            for (String id : applications) {
                assertThat(decisions).filteredOn(r -> r.value().contains(id)).hasSize(1);
                assertThat(jdbc.sql("SELECT COUNT(*) FROM application_decision WHERE application_id = :id")
                        .param("id", id).query(Long.class).single()).isEqualTo(1);
                assertThat(jdbc.sql("""
                        SELECT COUNT(*) FROM outbox_event
                        WHERE event_type IN ('cloud.marketplace.onboarding.ProviderApproved.v1',
                            'cloud.marketplace.onboarding.ProviderRejected.v1') AND payload LIKE :id""")
                        .param("id", "%" + id + "%").query(Long.class).single()).as("decision events of " + id).isEqualTo(1);
            }
        }
    }

    private static boolean isDecision(ConsumerRecord<String, String> record) {
        String type = EventProbe.header(record, CloudEventHeaders.TYPE);
        return "cloud.marketplace.onboarding.ProviderApproved.v1".equals(type)
                || "cloud.marketplace.onboarding.ProviderRejected.v1".equals(type);
    }
}
