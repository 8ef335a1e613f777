package cloud.marketplace.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Starts the real Kafka broker and MariaDB through the launcher, on ports moved well away from a
 * developer's stack, uses both, stops them, and starts them again on the same data.
 */
class LocalStackIT {

    static final int PORT_OFFSET = 31_000;
    static final String TOPIC = "marketplace.launcher.check.v1";

    static Path data;
    static Path repository;

    @BeforeAll
    static void anEmptyDataFolder() throws IOException {
        repository = LaunchOptions.findRepositoryRoot(Path.of("").toAbsolutePath());
        data = repository.resolve("local-launcher/target/local-stack-it");
        if (Files.exists(data)) {
            try (Stream<Path> paths = Files.walk(data)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    @Test
    void startsKafkaAndMariaDbThatWorkStopThemCompletelyAndKeepTheirDataForTheNextStart() throws Exception {
        LaunchOptions options = LaunchOptions.infrastructureOnly(repository, data, PORT_OFFSET);
        PortLayout ports = options.ports();

        try (LocalStack stack = LocalStack.start(options)) {
            assertThat(stack.kafkaBootstrapServers()).isEqualTo("127.0.0.1:" + (9092 + PORT_OFFSET));
            assertThat(stack.runningApplications()).isEmpty();

            send(stack.kafkaBootstrapServers(), "provider-1", "{\"hello\":\"kafka\"}");
            assertThat(readAll(stack.kafkaBootstrapServers(), 1))
                    .containsExactly(Map.entry("provider-1", "{\"hello\":\"kafka\"}"));

            try (Connection connection = DriverManager.getConnection(stack.jdbcUrl("launcher_check"), "root", "");
                 Statement sql = connection.createStatement()) {
                assertThat(single(sql, "SELECT VERSION()")).startsWith("11.4");
                assertThat(single(sql, "SELECT @@character_set_server")).isEqualTo("utf8mb4");
                sql.execute("CREATE TABLE provider (id VARCHAR(36) PRIMARY KEY, company_name VARCHAR(200))");
                sql.execute("INSERT INTO provider VALUES ('p-1', '深圳云市场科技有限公司')");
            }

            assertThat(stack.residentMemoryMib()).containsOnlyKeys("kafka", "mariadb")
                    .allSatisfy((part, mib) -> assertThat(mib).as(part).isPositive());
        }

        assertThat(List.of(ports.kafka(), ports.kafkaController(), ports.database()))
                .allMatch(PortCheck::isFree, "free again");
        assertThat(ProcessHandle.current().children()).noneMatch(ProcessHandle::isAlive);

        try (LocalStack again = LocalStack.start(options)) {
            try (Connection connection = DriverManager.getConnection(again.jdbcUrl("launcher_check"), "root", "");
                 Statement sql = connection.createStatement()) {
                assertThat(single(sql, "SELECT company_name FROM provider WHERE id = 'p-1'")).isEqualTo("深圳云市场科技有限公司");
            }
            send(again.kafkaBootstrapServers(), "provider-2", "{\"hello\":\"again\"}");
            assertThat(readAll(again.kafkaBootstrapServers(), 2)).containsExactlyInAnyOrder(
                    Map.entry("provider-1", "{\"hello\":\"kafka\"}"), Map.entry("provider-2", "{\"hello\":\"again\"}"));
        }
        assertThat(List.of(ports.kafka(), ports.kafkaController(), ports.database())).allMatch(PortCheck::isFree);
    }

    private static void send(String bootstrapServers, String key, String value) throws Exception {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(TOPIC, key, value)).get();
        }
    }

    /** Reads the topic from the start until it has seen {@code expected} records (or 30 s passed). */
    private static List<Map.Entry<String, String>> readAll(String bootstrapServers, int expected) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "launcher-check-" + expected);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<Map.Entry<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(TOPIC));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (records.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    records.add(Map.entry(record.key(), record.value()));
                }
            }
        }
        return records;
    }

    private static String single(Statement sql, String query) throws SQLException {
        try (ResultSet result = sql.executeQuery(query)) {
            assertThat(result.next()).as(query).isTrue();
            return result.getString(1);
        }
    }
}
