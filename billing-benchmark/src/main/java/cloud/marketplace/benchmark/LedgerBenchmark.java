package cloud.marketplace.benchmark;

import cloud.marketplace.contracts.events.CloudEventHeaders;
import cloud.marketplace.contracts.events.EventTypes;
import cloud.marketplace.contracts.events.OrderCompleted;
import cloud.marketplace.contracts.events.Topics;
import cloud.marketplace.launcher.LaunchOptions;
import cloud.marketplace.launcher.LocalStack;
import cloud.marketplace.launcher.PortLayout;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * How fast billing applies OrderCompleted events end to end — real Kafka broker, billing-service
 * as its own process, MariaDB — beside a bare JDBC batch insert of the same ledger rows on the
 * same database in the same run. Checks that no event was applied twice, prints the figures and
 * writes them to BENCHMARKS.md. A measurement, not a test: it never fails a build on a timing.
 */
public final class LedgerBenchmark {

    private static final String SECRET = "benchmark-secret-change-me-0123456789-abcdef";
    private static final int PROVIDERS = 1_000;
    private static final int WARMUP = 50_000;
    /** Events delivered again with the same id (a redelivery), and orders published again under a new id. */
    private static final int REDELIVERED = 1_000;
    private static final int REPUBLISHED = 1_000;
    private static final Duration APPLY_TIMEOUT = Duration.ofMinutes(20);
    static final long BUFFER_POOL_BYTES = 1024L * 1024 * 1024;

    public static void main(String[] args) throws Exception {
        int orders = Integer.getInteger("bench.orders", 200_000);
        int portOffset = Integer.getInteger("bench.portOffset", 300);
        Path root = repositoryRoot();
        Path jar = root.resolve("billing-service/target/billing-service-0.1.0-SNAPSHOT.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run ./mvnw -B -Pbenchmark -pl billing-benchmark -am verify -DskipTests");
        }
        Path data = root.resolve("billing-benchmark/target/bench-data");
        String load = String.join(" ", java.util.Arrays.copyOf(Files.readString(Path.of("/proc/loadavg")).trim().split(" "), 3));
        Instant now = Instant.now();
        List<OrderEvents.Order> warmup = OrderEvents.generate("w", WARMUP, PROVIDERS, 7, now);
        List<OrderEvents.Order> measured = OrderEvents.generate("m", orders, PROVIDERS, 42, now);

        try (LocalStack stack = LocalStack.start(new LaunchOptions(root, data, true, new PortLayout(portOffset), Set.of(),
                Duration.ofMinutes(5), SECRET))) {
            String jdbcUrl = stack.jdbcUrl("billing");
            sizeBufferPool(jdbcUrl);
            int httpPort = 8084 + portOffset;
            Map<String, String> environment = new LinkedHashMap<>();
            environment.put("SERVER_PORT", Integer.toString(httpPort));
            environment.put("DB_URL", jdbcUrl);
            environment.put("DB_USERNAME", "root");
            environment.put("DB_PASSWORD", "");
            environment.put("KAFKA_BOOTSTRAP_SERVERS", stack.kafkaBootstrapServers());
            environment.put("MARKETPLACE_JWT_SECRET", SECRET);
            environment.put("MANAGEMENT_ENDPOINT_HEALTH_PROBES_ENABLED", "true");
            passThrough("bench.consumers", "BILLING_LEDGER_CONSUMERS", environment);
            passThrough("bench.maxBatch", "BILLING_LEDGER_MAX_BATCH", environment);
            BillingRun billingRun;
            try (BillingProcess billing = BillingProcess.start(jar, environment, data.resolve("logs/billing.log"))) {
                Instant started = Instant.now();
                billing.awaitReady("http://localhost:" + httpPort, Duration.ofMinutes(5));
                System.out.printf("billing-service ready in %.1f s%n", seconds(started, Instant.now()));
                billingRun = runBilling(stack.kafkaBootstrapServers(), jdbcUrl, warmup, measured);
            }
            BareInsert.run(jdbcUrl, "ledger_entry_bare_warmup", warmup);
            double bare = BareInsert.run(jdbcUrl, "ledger_entry_bare", measured);
            double bareRewritten = BareInsert.run(jdbcUrl + "&rewriteBatchedStatements=true", "ledger_entry_bare_rewritten", measured);
            Report report = new Report(orders, load, billingRun, bare, bareRewritten);
            System.out.println(report.text());
            report.writeTo(root.resolve("BENCHMARKS.md"));
        }
    }

    /**
     * MariaDB's default buffer pool (128 MiB) is smaller than this run's working set (about 250,000
     * ledger rows and as many outbox rows with their indexes); a server would be sized to hold it.
     * Both sides of the comparison run with the same setting.
     */
    private static void sizeBufferPool(String jdbcUrl) throws SQLException {
        try (Connection db = DriverManager.getConnection(jdbcUrl, "root", ""); Statement statement = db.createStatement()) {
            statement.execute("SET GLOBAL innodb_buffer_pool_size = " + BUFFER_POOL_BYTES);
        }
    }

    /** Tuning runs: -Dbench.consumers=2 becomes BILLING_LEDGER_CONSUMERS=2 for billing. */
    private static void passThrough(String property, String variable, Map<String, String> environment) {
        String value = System.getProperty(property);
        if (value != null && !value.isBlank()) {
            environment.put(variable, value);
            System.out.println(variable + "=" + value);
        }
    }

    record BillingRun(double publishSeconds, double applySeconds, double relaySeconds, long chargedEvents, long ledgerRows,
                      long outboxEvents, boolean sumsMatch) {
    }

    private static BillingRun runBilling(String bootstrap, String jdbcUrl, List<OrderEvents.Order> warmup,
                                         List<OrderEvents.Order> measured) throws Exception {
        try (KafkaProducer<String, String> producer = producer(bootstrap);
             Connection db = DriverManager.getConnection(jdbcUrl, "root", "")) {
            publish(producer, warmup);
            awaitConsumed(bootstrap);
            awaitCount(db, "SELECT COUNT(*) FROM ledger_entry", warmup.size(), APPLY_TIMEOUT);
            awaitCount(db, "SELECT COUNT(*) FROM outbox_event WHERE sent_at IS NULL", 0, APPLY_TIMEOUT);
            System.out.printf("warm-up: %,d events applied%n", warmup.size());

            Random random = new Random(99);
            List<OrderEvents.Order> sent = new ArrayList<>(measured);
            for (int i = 0; i < REDELIVERED; i++) {
                sent.add(measured.get(random.nextInt(measured.size())));
            }
            for (int i = 0; i < REPUBLISHED; i++) {
                sent.add(measured.get(random.nextInt(measured.size())).republished(random));
            }
            Collections.shuffle(sent.subList(measured.size() / 2, sent.size()), random);

            long expectedRows = warmup.size() + measured.size();
            Instant start = Instant.now();
            publish(producer, sent);
            Instant published = Instant.now();
            // done when billing has committed the end of every partition: it commits after each batch's
            // transaction, so every event is applied by then (polling the ledger itself would load the database)
            Instant applied = awaitConsumed(bootstrap);
            awaitCount(db, "SELECT COUNT(*) FROM ledger_entry", expectedRows, Duration.ofSeconds(10));
            Instant relayed = awaitCount(db, "SELECT COUNT(*) FROM outbox_event WHERE sent_at IS NULL", 0, APPLY_TIMEOUT);

            long fee = measured.stream().mapToLong(OrderEvents.Order::feeFen).sum();
            long share = measured.stream().mapToLong(OrderEvents.Order::shareFen).sum();
            boolean sumsMatch;
            try (Statement query = db.createStatement();
                 ResultSet sums = query.executeQuery("SELECT SUM(fee_fen), SUM(net_fen), COUNT(DISTINCT order_key) FROM ledger_entry "
                         + "WHERE provider_id LIKE 'bench-m-%'")) {
                sums.next();
                sumsMatch = sums.getLong(1) == fee && sums.getLong(2) == share && sums.getLong(3) == measured.size();
            }
            long distinctEvents = count(db, "SELECT COUNT(DISTINCT event_id) FROM ledger_entry");
            return new BillingRun(seconds(start, published), seconds(start, applied), seconds(start, relayed), distinctEvents,
                    count(db, "SELECT COUNT(*) FROM ledger_entry"), count(db, "SELECT COUNT(*) FROM outbox_event"), sumsMatch);
        }
    }

    private static KafkaProducer<String, String> producer(String bootstrap) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 128 * 1024);
        return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }

    private static void publish(KafkaProducer<String, String> producer, List<OrderEvents.Order> orders) throws Exception {
        String type = EventTypes.of(OrderCompleted.class).name();
        List<Future<RecordMetadata>> acks = new ArrayList<>(orders.size());
        for (OrderEvents.Order order : orders) {
            Instant at = Instant.now();
            ProducerRecord<String, String> record = new ProducerRecord<>(Topics.ORDERS, order.providerId(), order.json(at));
            header(record, CloudEventHeaders.ID, order.eventId());
            header(record, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
            header(record, CloudEventHeaders.TYPE, type);
            header(record, CloudEventHeaders.SOURCE, "/benchmark/order-system");
            header(record, CloudEventHeaders.TIME, at.toString());
            header(record, CloudEventHeaders.SUBJECT, order.providerId());
            header(record, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
            acks.add(producer.send(record));
        }
        for (Future<RecordMetadata> ack : acks) {
            ack.get(1, TimeUnit.MINUTES);
        }
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    /** Polls until the query answers {@code expected}; answers when it did. */
    private static Instant awaitCount(Connection db, String sql, long expected, Duration timeout) throws SQLException {
        Instant deadline = Instant.now().plus(timeout);
        long last = -1;
        while (Instant.now().isBefore(deadline)) {
            last = count(db, sql);
            if (last == expected) {
                return Instant.now();
            }
            Bench.sleep(Duration.ofMillis(100));
        }
        throw new IllegalStateException(sql + " answered " + last + ", not " + expected + ", within " + timeout);
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (Statement query = db.createStatement(); ResultSet rows = query.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Waits until billing's consumer group has committed the end of every partition of the orders topic. */
    private static Instant awaitConsumed(String bootstrap) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            List<TopicPartition> partitions = admin.describeTopics(List.of(Topics.ORDERS)).allTopicNames().get()
                    .get(Topics.ORDERS).partitions().stream()
                    .map(info -> new TopicPartition(Topics.ORDERS, info.partition())).toList();
            var ends = admin.listOffsets(partitions.stream()
                    .collect(Collectors.toMap(partition -> partition, partition -> OffsetSpec.latest()))).all().get();
            Instant deadline = Instant.now().plus(APPLY_TIMEOUT);
            while (Instant.now().isBefore(deadline)) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets("billing-service")
                        .partitionsToOffsetAndMetadata().get();
                if (partitions.stream().allMatch(partition -> committed.get(partition) != null
                        && committed.get(partition).offset() == ends.get(partition).offset())) {
                    return Instant.now();
                }
                Bench.sleep(Duration.ofMillis(50));
            }
            throw new IllegalStateException("billing did not consume the whole orders topic within " + APPLY_TIMEOUT);
        }
    }

    static double seconds(Instant from, Instant to) {
        return Duration.between(from, to).toNanos() / 1e9;
    }

    private static Path repositoryRoot() {
        Path here = Path.of("").toAbsolutePath();
        for (Path candidate = here; candidate != null; candidate = candidate.getParent()) {
            if (Files.isDirectory(candidate.resolve("billing-service")) && Files.isRegularFile(candidate.resolve("pom.xml"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("not inside the repository: " + here);
    }

    private LedgerBenchmark() {
    }
}
