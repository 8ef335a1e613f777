package cloud.marketplace.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/**
 * A real Kafka broker in KRaft combined mode (broker and controller in one process), run from
 * the {@code kafka_2.13} artifact on the launcher's own class path as a child {@code java} process.
 */
final class KafkaBroker {

    static final String HEAP = "-Xmx512m";

    private final Path folder;
    private final Path logFile;
    private final PortLayout ports;
    private volatile ChildProcess process;

    KafkaBroker(Path dataFolder, PortLayout ports) {
        this.folder = dataFolder.resolve("kafka");
        this.logFile = dataFolder.resolve("logs").resolve("kafka.log");
        this.ports = ports;
    }

    String bootstrapServers() {
        return ChildEnvironment.kafkaBootstrapServers(ports);
    }

    /** Formats the storage on the first start, then starts the broker (without waiting for it). */
    ChildProcess start() {
        Path config = writeConfig();
        if (!Files.exists(folder.resolve("data").resolve("meta.properties"))) {
            format(config);
        }
        process = ChildProcess.start("kafka", java(List.of("kafka.Kafka", config.toString())), Map.of(), folder, logFile);
        return process;
    }

    /** Waits until the broker answers a cluster description, failing early if its process ends. */
    void awaitReady(Instant deadline, BooleanSupplier stopping) {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 1000);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 1000);
        config.put(AdminClientConfig.RECONNECT_BACKOFF_MS_CONFIG, 100);
        config.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 250);
        Admin admin = null;
        try {
            while (true) {
                if (stopping.getAsBoolean()) {
                    throw new LaunchException("stopped while starting");
                }
                Readiness.failIfDead(process);
                if (PortCheck.isListening(ports.kafka())) {
                    admin = admin != null ? admin : Admin.create(config);
                    try {
                        if (!admin.describeCluster().nodes().get(1500, TimeUnit.MILLISECONDS).isEmpty()) {
                            return;
                        }
                    } catch (ExecutionException | TimeoutException e) {
                        // not serving yet
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new LaunchException("interrupted while waiting for kafka");
                    }
                }
                Readiness.pause(deadline, "kafka", process);
            }
        } finally {
            if (admin != null) {
                admin.close(Duration.ZERO);
            }
        }
    }

    ChildProcess process() {
        return process;
    }

    void stop() {
        if (process != null) {
            process.stop(Duration.ofSeconds(20));
        }
    }

    private void format(Path config) {
        Path formatLog = logFile.resolveSibling("kafka-format.log");
        ChildProcess format = ChildProcess.start("kafka storage format",
                java(List.of("kafka.tools.StorageTool", "format", "-t", Uuid.randomUuid().toString(), "-c", config.toString())),
                Map.of(), folder, formatLog);
        if (!format.waitFor(Duration.ofMinutes(2)) || format.exitValue() != 0) {
            format.stop(Duration.ofSeconds(1));
            throw new LaunchException("formatting kafka's storage failed; " + formatLog + " ends with:"
                    + System.lineSeparator() + format.tail(20));
        }
    }

    private Path writeConfig() {
        Path data = folder.resolve("data");
        String properties = """
                # Written by the local launcher at every start.
                process.roles=broker,controller
                node.id=1
                controller.quorum.voters=1@127.0.0.1:%2$d
                listeners=PLAINTEXT://127.0.0.1:%1$d,CONTROLLER://127.0.0.1:%2$d
                advertised.listeners=PLAINTEXT://127.0.0.1:%1$d
                controller.listener.names=CONTROLLER
                inter.broker.listener.name=PLAINTEXT
                listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
                log.dirs=%3$s
                num.partitions=3
                auto.create.topics.enable=true
                offsets.topic.replication.factor=1
                transaction.state.log.replication.factor=1
                transaction.state.log.min.isr=1
                share.coordinator.state.topic.replication.factor=1
                share.coordinator.state.topic.min.isr=1
                group.initial.rebalance.delay.ms=0
                """.formatted(ports.kafka(), ports.kafkaController(), data);
        try {
            Files.createDirectories(data);
            Path config = folder.resolve("server.properties");
            Files.writeString(config, properties);
            return config;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> java(List<String> mainAndArgs) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                HEAP, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=info", "-Dorg.slf4j.simpleLogger.log.org.apache.kafka=info",
                "-Dorg.slf4j.simpleLogger.showDateTime=true",
                "-cp", System.getProperty("java.class.path")));
        command.addAll(mainAndArgs);
        return command;
    }
}
