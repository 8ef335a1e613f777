package cloud.marketplace.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChildProcessTest {

    @TempDir
    Path folder;

    @Test
    void stoppingAChildAlsoStopsWhatItStarted() {
        ChildProcess child = ChildProcess.start("shell", List.of("bash", "-c", "sleep 300 & sleep 300 & wait"),
                Map.of(), folder, folder.resolve("shell.log"));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> ProcessHandle.of(child.pid()).orElseThrow().descendants().count() == 2);
        List<ProcessHandle> grandchildren = ProcessHandle.of(child.pid()).orElseThrow().descendants().toList();

        child.stop(Duration.ofSeconds(5));

        assertThat(child.isAlive()).isFalse();
        assertThat(grandchildren).noneMatch(ProcessHandle::isAlive);
    }

    @Test
    void keepsTheOutputInItsLogAndShowsTheLastLines() {
        ChildProcess child = ChildProcess.start("counter", List.of("bash", "-c", "for i in $(seq 1 40); do echo line $i; done; echo oops >&2; exit 3"),
                Map.of("GREETING", "hello"), folder, folder.resolve("logs/counter.log"));

        assertThat(child.waitFor(Duration.ofSeconds(10))).isTrue();
        assertThat(child.exitValue()).isEqualTo(3);
        assertThat(child.tail(3)).isEqualTo(String.join(System.lineSeparator(), "line 39", "line 40", "oops"));
    }

    @Test
    void passesItsEnvironmentAndKeepsThePreviousLog() throws Exception {
        Path log = folder.resolve("env.log");
        Files.writeString(log, "previous run\n");

        ChildProcess child = ChildProcess.start("env", List.of("bash", "-c", "echo $SERVER_PORT"),
                Map.of("SERVER_PORT", "8083"), folder, log);

        assertThat(child.waitFor(Duration.ofSeconds(10))).isTrue();
        assertThat(Files.readString(log)).isEqualTo("8083\n");
        assertThat(Files.readString(folder.resolve("env.log.1"))).isEqualTo("previous run\n");
    }
}
