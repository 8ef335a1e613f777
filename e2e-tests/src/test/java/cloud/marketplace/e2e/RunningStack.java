package cloud.marketplace.e2e;

import cloud.marketplace.launcher.Application;
import cloud.marketplace.launcher.LaunchOptions;
import cloud.marketplace.launcher.LocalStack;
import cloud.marketplace.launcher.PortLayout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;

/**
 * The whole local stack — Kafka and MariaDB processes, the four services, the gateway and the
 * sandbox from their packaged jars — started once per test JVM on ports moved by
 * {@value #PORT_OFFSET}, so it can run beside a developer's stack. It stops when the JVM exits.
 */
final class RunningStack {

    static final int PORT_OFFSET = 20000;
    private static final String JWT_SECRET = "end-to-end-test-secret-0123456789-abcdefghij";

    private static LocalStack stack;
    private static Path dataFolder;
    private static Duration startTime;

    static synchronized LocalStack get() {
        if (stack == null) {
            Instant begin = Instant.now();
            dataFolder = dataFolder();
            stack = LocalStack.start(new LaunchOptions(repositoryRoot(), dataFolder, true, new PortLayout(PORT_OFFSET),
                    EnumSet.allOf(Application.class), Duration.ofMinutes(8), JWT_SECRET));
            startTime = Duration.between(begin, Instant.now());
            System.out.printf("Local stack ready in %d s; resident memory (MiB): %s%n",
                    startTime.toSeconds(), stack.residentMemoryMib());
            Path data = dataFolder;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                stack.stop();
                deleteQuietly(data);
            }, "stop-local-stack"));
        }
        return stack;
    }

    static Gateway gateway() {
        return new Gateway(get().gatewayUrl());
    }

    private static Path repositoryRoot() {
        return Path.of(System.getProperty("repository.root", "..")).toAbsolutePath().normalize();
    }

    private static Path dataFolder() {
        try {
            return Files.createTempDirectory("e2e-stack");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path folder) {
        try (var paths = Files.walk(folder)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary folder; the system cleans it eventually
        }
    }

    private RunningStack() {
    }
}
