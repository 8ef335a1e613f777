package cloud.marketplace.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the launcher does before it starts anything; {@code LocalStackIT} starts the real parts. */
class LocalStackTest {

    @TempDir
    Path data;

    final ByteArrayOutputStream output = new ByteArrayOutputStream();
    final PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);

    @Test
    void refusesToStartWhenAPortIsTakenAndStartsNothing() throws IOException {
        LaunchOptions options = options(23_000);
        try (ServerSocket taken = new ServerSocket(options.ports().database())) {
            assertThatThrownBy(() -> LocalStack.start(options, out))
                    .isInstanceOf(LaunchException.class)
                    .hasMessageStartingWith("port " + options.ports().database() + " (mariadb) is already in use");
        }
        assertThat(output.toString(StandardCharsets.UTF_8)).doesNotContain("ready in").doesNotContain("Stopping");
        assertThat(data.resolve("kafka")).doesNotExist();
        assertThat(data.resolve("mariadb")).doesNotExist();
        assertThat(data.resolve("launcher.pids")).doesNotExist();
    }

    @Test
    void refusesADataFolderThatAnotherLauncherUses() throws IOException {
        Files.createDirectories(data);
        try (FileChannel channel = FileChannel.open(data.resolve("launcher.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock held = channel.lock()) {
            Files.writeString(data.resolve("launcher.pids"), ProcessHandle.current().pid() + " -\n");

            assertThatThrownBy(() -> LocalStack.start(options(23_100), out))
                    .isInstanceOf(LaunchException.class)
                    .hasMessageContaining("is in use by another launcher");
        }
        assertThat(data.resolve("launcher.pids")).as("the other launcher's record").exists();
        assertThat(data.resolve("kafka")).doesNotExist();
        assertThat(data.resolve("mariadb")).doesNotExist();
    }

    private LaunchOptions options(int portOffset) {
        Path repository = LaunchOptions.findRepositoryRoot(Path.of("").toAbsolutePath());
        return new LaunchOptions(repository, data, false, new PortLayout(portOffset), Set.of(Application.SANDBOX),
                Duration.ofSeconds(30), LaunchOptions.LOCAL_JWT_SECRET);
    }
}
