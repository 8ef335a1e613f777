package cloud.marketplace.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LaunchOptionsTest {

    @TempDir
    Path repository;

    Path workingDirectory;

    @BeforeEach
    void aRepositoryWithTheWrapperAndTheLauncher() throws IOException {
        Files.createFile(repository.resolve("mvnw"));
        Files.createDirectories(repository.resolve("local-launcher"));
        workingDirectory = Files.createDirectories(repository.resolve("local-launcher/src"));
    }

    @Test
    void startsEverythingOnTheDefaultPortsWithDataInTheRepository() {
        LaunchOptions options = LaunchOptions.parse(List.of(), workingDirectory, null);

        assertThat(options.repositoryRoot()).isEqualTo(repository);
        assertThat(options.dataFolder()).isEqualTo(repository.resolve(".local-data"));
        assertThat(options.fresh()).isFalse();
        assertThat(options.ports().offset()).isZero();
        assertThat(options.ports().http(Application.GATEWAY)).isEqualTo(8080);
        assertThat(options.applications()).containsExactlyElementsOf(EnumSet.allOf(Application.class));
        assertThat(options.readinessTimeout()).isEqualTo(Duration.ofMinutes(5));
        assertThat(options.jwtSecret()).isEqualTo("local-development-secret-change-me-0123456789");
        assertThat(options.startupCache()).isFalse();
    }

    @Test
    void readsEveryOption() {
        LaunchOptions options = LaunchOptions.parse(List.of("--fresh", "--port-offset", "1000", "--data-dir", "../elsewhere",
                "--only", "catalog-service, gateway", "--timeout", "90"), workingDirectory, "a-secret-from-the-environment-0123456789");

        assertThat(options.fresh()).isTrue();
        assertThat(options.ports().kafka()).isEqualTo(10092);
        assertThat(options.dataFolder()).isEqualTo(repository.resolve("local-launcher/elsewhere"));
        assertThat(options.applications()).containsExactly(Application.CATALOG, Application.GATEWAY);
        assertThat(options.readinessTimeout()).isEqualTo(Duration.ofSeconds(90));
        assertThat(options.jwtSecret()).isEqualTo("a-secret-from-the-environment-0123456789");
    }

    @Test
    void usesTheStartupCacheWhenAskedTo() {
        assertThat(LaunchOptions.parse(List.of("--startup-cache"), workingDirectory, null).startupCache()).isTrue();
    }

    @Test
    void programmaticStartsGoWithoutTheStartupCache() {
        LaunchOptions options = new LaunchOptions(repository, repository.resolve("data"), true, new PortLayout(20_000),
                EnumSet.allOf(Application.class), Duration.ofMinutes(8), "a-test-secret-0123456789-abcdefghijklmn");

        assertThat(options.startupCache()).isFalse();
    }

    @Test
    void infrastructureOnlyStartsNoApplication() {
        assertThat(LaunchOptions.parse(List.of("--infra-only"), workingDirectory, null).applications()).isEmpty();
    }

    @Test
    void refusesWhatItDoesNotUnderstandWithOneLine() {
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--frsh"), workingDirectory, null))
                .isInstanceOf(LaunchException.class).hasMessage("unknown option --frsh (--help lists the options)");
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--port-offset"), workingDirectory, null))
                .isInstanceOf(LaunchException.class).hasMessage("--port-offset needs a value (--help lists the options)");
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--port-offset", "ten"), workingDirectory, null))
                .isInstanceOf(LaunchException.class).hasMessage("--port-offset needs a whole number, not 'ten'");
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--only", "catalog"), workingDirectory, null))
                .isInstanceOf(LaunchException.class).hasMessageStartingWith("--only: no application named 'catalog'");
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--timeout", "0"), workingDirectory, null))
                .isInstanceOf(LaunchException.class).hasMessage("--timeout needs a number above 0, not 0");
    }

    @Test
    void refusesAnOffsetThatMovesAPortOutOfRange() {
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--port-offset", "60000"), workingDirectory, null))
                .isInstanceOf(LaunchException.class).hasMessage("--port-offset 60000 moves ports outside 1024-65535");
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--port-offset", "-3000"), workingDirectory, null))
                .isInstanceOf(LaunchException.class).hasMessage("--port-offset -3000 moves ports outside 1024-65535");
    }

    @Test
    void answersHelpWithoutStartingAnything() {
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--help"), workingDirectory, null))
                .isInstanceOf(LaunchOptions.HelpRequested.class);
    }

    @Test
    void saysSoWhenItIsRunOutsideTheRepository(@TempDir Path elsewhere) {
        assertThatThrownBy(() -> LaunchOptions.parse(List.of(), elsewhere, null))
                .isInstanceOf(LaunchException.class).hasMessageStartingWith("cannot find the repository");
    }
}
