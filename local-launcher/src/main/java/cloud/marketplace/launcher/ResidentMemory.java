package cloud.marketplace.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Resident set size from /proc (Linux); elsewhere 0. */
final class ResidentMemory {

    private ResidentMemory() {
    }

    static long mib(ProcessHandle process) {
        long kib = Stream.concat(Stream.of(process), process.descendants())
                .mapToLong(handle -> kib(handle.pid()))
                .sum();
        return kib / 1024;
    }

    private static long kib(long pid) {
        try (Stream<String> lines = Files.lines(Path.of("/proc", Long.toString(pid), "status"))) {
            return lines.filter(line -> line.startsWith("VmRSS:"))
                    .map(line -> line.replaceAll("\\D", ""))
                    .mapToLong(Long::parseLong)
                    .findFirst().orElse(0);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
