package cloud.marketplace.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** billing-service's executable jar as a child process, as it runs in production: its own JVM, configured by environment. */
final class BillingProcess implements AutoCloseable {

    static final List<String> JVM_OPTIONS = List.of("-Xmx1g");

    private final Process process;
    private final Path log;

    private BillingProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    static BillingProcess start(Path jar, Map<String, String> environment, Path log) {
        try {
            Files.createDirectories(log.getParent());
            List<String> command = new java.util.ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(JVM_OPTIONS);
            String recording = System.getProperty("bench.jfr");
            if (recording != null && !recording.isBlank()) {
                command.add("-XX:FlightRecorderOptions=stackdepth=256");
                command.add("-XX:StartFlightRecording=filename=" + recording + ",settings=profile");
            }
            command.add("-jar");
            command.add(jar.toString());
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            return new BillingProcess(builder.start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void awaitReady(String baseUrl, Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("billing-service exited; see " + log);
            }
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/health/readiness"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            Bench.sleep(Duration.ofMillis(500));
        }
        throw new IllegalStateException("billing-service not ready within " + timeout + "; see " + log);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
