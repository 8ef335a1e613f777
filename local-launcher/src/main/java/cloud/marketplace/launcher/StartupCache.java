package cloud.marketplace.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Java 25's ahead-of-time cache (JEP 483/514) for an application's start, about half the start
 * time here. The Spring Boot jar is extracted once per build into
 * {@code <module>/target/launch-cache/<jar stamp>/}. Then, in three steps that never slow a start:
 * <ol>
 * <li>the first start records which classes the application loads ({@code app.aotconf}, written as it stops);
 * <li>once a later stack is ready, the launcher creates the cache from that record in the
 *     background, at low priority ({@code app.aot});
 * <li>every start after that loads its classes from the cache.
 * </ol>
 * A cache that does not fit (other JVM, other flags) is ignored by the JVM, which then starts as usual.
 */
final class StartupCache {

    private final Application application;
    private final Path folder;
    private final Path extractedJar;
    private final Mode mode;
    private final Path recording;

    /** What this start does with the cache. */
    enum Mode { RECORD, PLAIN, CACHED }

    private StartupCache(Application application, Path folder, Path extractedJar) {
        this.application = application;
        this.folder = folder;
        this.extractedJar = extractedJar;
        this.recording = folder.resolve("app-" + ProcessHandle.current().pid() + ".aotconf");
        this.mode = Files.isRegularFile(cache()) ? Mode.CACHED
                : Files.isRegularFile(configuration()) ? Mode.PLAIN : Mode.RECORD;
    }

    /** Extracts the jar on its first use, and says how to start it. */
    static StartupCache prepare(Application application, Path jar, Path logFolder) {
        Path folder = jar.getParent().resolve("launch-cache").resolve(stamp(jar));
        if (!Files.exists(folder.resolve("extracted"))) {
            removeOlderExtractions(folder);
            extract(application, jar, folder, logFolder);
        }
        return new StartupCache(application, folder, folder.resolve("app").resolve(jar.getFileName()));
    }

    Mode mode() {
        return mode;
    }

    /** The JVM arguments after the launcher's own options: the extracted jar, and the cache or the recording. */
    List<String> jvmArguments() {
        List<String> arguments = new ArrayList<>();
        switch (mode) {
            case CACHED -> arguments.add("-XX:AOTCache=" + cache());
            case RECORD -> {
                arguments.add("-XX:AOTMode=record");
                arguments.add("-XX:AOTConfiguration=" + recording);
            }
            case PLAIN -> { }
        }
        arguments.add("-jar");
        arguments.add(extractedJar.toString());
        return arguments;
    }

    /** After the application stopped: keep what its recording run wrote. */
    void keepRecording() {
        if (mode == Mode.RECORD && Files.isRegularFile(recording)) {
            moveOrDelete(recording, configuration());
        }
    }

    /** Whether this start ran without a cache although a recording exists to create one from. */
    boolean cacheCanBeCreated() {
        return mode == Mode.PLAIN;
    }

    /** Starts creating the cache from the recording, at low priority; {@link #keepCreatedCache} once it ended. */
    ChildProcess createCache(List<String> jvmOptions, Path logFolder) {
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(Path.of("/usr/bin/nice"))) {
            command.addAll(List.of("/usr/bin/nice", "-n", "19"));
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-XX:AOTMode=create", "-XX:AOTConfiguration=" + configuration(),
                "-XX:AOTCache=" + creating(), "-jar", extractedJar.toString()));
        return ChildProcess.start(application.module() + " start-up cache", command, Map.of(), folder,
                logFolder.resolve(application.module() + "-aot-cache.log"));
    }

    void keepCreatedCache(ChildProcess creation) {
        if (!creation.isAlive() && creation.exitValue() == 0 && Files.isRegularFile(creating())) {
            moveOrDelete(creating(), cache());
        } else {
            try {
                Files.deleteIfExists(creating());
            } catch (IOException e) {
                // a leftover only takes disk space
            }
        }
    }

    private Path cache() {
        return folder.resolve("app.aot");
    }

    private Path configuration() {
        return folder.resolve("app.aotconf");
    }

    private Path creating() {
        return folder.resolve("app-" + ProcessHandle.current().pid() + ".aot");
    }

    /** Size and time of the jar: a rebuilt jar gets a new folder. */
    static String stamp(Path jar) {
        try {
            return Files.size(jar) + "-" + Files.getLastModifiedTime(jar).toMillis();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void moveOrDelete(Path written, Path target) {
        try {
            if (Files.size(written) > 0) {
                Files.move(written, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } else {
                Files.delete(written);
            }
        } catch (IOException e) {
            // nothing kept this time; a later start records again
        }
    }

    private static void extract(Application application, Path jar, Path folder, Path logFolder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChildProcess extraction = ChildProcess.start(application.module() + " extraction", List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-XX:TieredStopAtLevel=1", "-Djarmode=tools", "-jar", jar.toString(),
                        "extract", "--force", "--destination", folder.resolve("app").toString()),
                Map.of(), folder, logFolder.resolve(application.module() + "-extract.log"));
        if (!extraction.waitFor(Duration.ofMinutes(3)) || extraction.exitValue() != 0) {
            extraction.stop(Duration.ofSeconds(1));
            throw new LaunchException("extracting " + jar + " failed; " + extraction.logFile() + " ends with:"
                    + System.lineSeparator() + extraction.tail(Readiness.LOG_LINES_ON_FAILURE));
        }
        try {
            Files.writeString(folder.resolve("extracted"), jar.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Folders of earlier builds of the same jar (a running JVM keeps the files it opened). */
    private static void removeOlderExtractions(Path folder) {
        Path parent = folder.getParent();
        if (!Files.isDirectory(parent)) {
            return;
        }
        try (Stream<Path> siblings = Files.list(parent)) {
            for (Path sibling : siblings.filter(path -> !path.equals(folder)).toList()) {
                try (Stream<Path> paths = Files.walk(sibling)) {
                    for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(path);
                    }
                }
            }
        } catch (IOException e) {
            // best effort: an old folder only takes disk space
        }
    }
}
