package cloud.marketplace.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeftoversTest {

    @TempDir
    Path data;

    @Test
    void stopsWhatAnEarlierLauncherLeftRunning() throws IOException {
        Process orphan = new ProcessBuilder("sleep", "300").start();
        new Leftovers(data).remember(orphan.toHandle());

        int stopped = new Leftovers(data).stopAll();

        assertThat(stopped).isEqualTo(1);
        assertThat(orphan.onExit()).succeedsWithin(Duration.ofSeconds(10));
        assertThat(data.resolve("launcher.pids")).doesNotExist();
    }

    @Test
    void leavesAloneAProcessThatOnlyReusesARecordedPid() throws IOException {
        Process stranger = new ProcessBuilder("sleep", "300").start();
        try {
            Files.writeString(data.resolve("launcher.pids"), stranger.pid() + " 2000-01-01T00:00:00Z\n");

            assertThat(new Leftovers(data).stopAll()).isZero();
            assertThat(stranger.isAlive()).isTrue();
        } finally {
            stranger.destroyForcibly();
        }
    }
}
