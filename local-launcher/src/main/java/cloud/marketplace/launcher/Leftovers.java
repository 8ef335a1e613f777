package cloud.marketplace.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The processes a launcher started, written down in the data folder, so that the next launcher
 * on the same folder can stop what a killed one (kill -9, a closed terminal) left running.
 * A process counts as the same only if its start time matches too (pids are reused).
 */
final class Leftovers {

    private final Path file;

    Leftovers(Path dataFolder) {
        this.file = dataFolder.resolve("launcher.pids");
    }

    synchronized void remember(ProcessHandle process) {
        Optional<Instant> started = process.info().startInstant();
        try {
            Files.writeString(file, process.pid() + " " + started.map(Instant::toString).orElse("-") + System.lineSeparator(),
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops every recorded process that still runs; returns how many there were. */
    int stopAll() {
        if (!Files.exists(file)) {
            return 0;
        }
        List<ProcessHandle> running;
        try (Stream<String> lines = Files.lines(file)) {
            running = lines.map(String::strip).filter(line -> !line.isEmpty())
                    .map(Leftovers::stillRunning).flatMap(Optional::stream).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<ProcessHandle> all = running.stream().flatMap(process -> Stream.concat(Stream.of(process), process.descendants())).toList();
        all.forEach(ProcessHandle::destroy);
        if (!exited(all, Duration.ofSeconds(20))) {
            all.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
            exited(all, Duration.ofSeconds(5));
        }
        forget();
        return running.size();
    }

    synchronized void forget() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<ProcessHandle> stillRunning(String line) {
        String[] parts = line.split(" ", 2);
        try {
            long pid = Long.parseLong(parts[0]);
            String started = parts.length > 1 ? parts[1] : "-";
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(process -> process.info().startInstant().map(Instant::toString).orElse("-").equals(started));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean exited(List<ProcessHandle> processes, Duration timeout) {
        try {
            CompletableFuture.allOf(processes.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new))
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (Exception e) {
            return false;
        }
    }
}
