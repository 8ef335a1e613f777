package cloud.marketplace.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What to start and where.
 *
 * @param repositoryRoot    the folder holding the modules (their jars are under {@code <module>/target})
 * @param dataFolder        where Kafka, MariaDB and the logs keep their files
 * @param fresh             delete the data folder before starting
 * @param ports             every port of the stack
 * @param applications      the applications to run besides Kafka and MariaDB (none: infrastructure only)
 * @param readinessTimeout  how long one part may take to become ready
 * @param jwtSecret         the shared token secret every application gets
 * @param startupCache      start the applications from Java's ahead-of-time cache (see
 *                          {@link StartupCache}); the first start after a build records, which
 *                          makes its stop slower
 */
public record LaunchOptions(
        Path repositoryRoot,
        Path dataFolder,
        boolean fresh,
        PortLayout ports,
        Set<Application> applications,
        Duration readinessTimeout,
        String jwtSecret,
        boolean startupCache) {

    static final String LOCAL_JWT_SECRET = "local-development-secret-change-me-0123456789";
    static final Duration DEFAULT_READINESS_TIMEOUT = Duration.ofMinutes(5);

    static final String USAGE = """
            Usage: run-local.sh [options]
              --fresh              delete the data folder (.local-data) first: empty database, empty topics
              --port-offset N      move every port by N (gateway 8080+N, Kafka 9092+N, MariaDB 3306+N, ...)
              --data-dir DIR       keep data and logs in DIR instead of <repository>/.local-data
              --infra-only         start only Kafka and MariaDB (run the services from an IDE)
              --only a,b           start only these applications, e.g. --only catalog-service,gateway
              --timeout SECONDS    how long one part may take to become ready (default 300)
              --startup-cache      start the applications from Java's AOT cache (about 2x faster once
                                   made; the first start after a build records, and its stop is slower)
              --help               this text""";

    public LaunchOptions {
        applications = Collections.unmodifiableSet(applications.isEmpty()
                ? EnumSet.noneOf(Application.class) : EnumSet.copyOf(applications));
    }

    /** Without the start-up cache: what a test wants (fresh data, a quick stop). */
    public LaunchOptions(Path repositoryRoot, Path dataFolder, boolean fresh, PortLayout ports,
                         Set<Application> applications, Duration readinessTimeout, String jwtSecret) {
        this(repositoryRoot, dataFolder, fresh, ports, applications, readinessTimeout, jwtSecret, false);
    }

    /** Kafka and MariaDB only, on the given ports, with data in the given folder. */
    public static LaunchOptions infrastructureOnly(Path repositoryRoot, Path dataFolder, int portOffset) {
        return new LaunchOptions(repositoryRoot, dataFolder, false, new PortLayout(portOffset), Set.of(),
                DEFAULT_READINESS_TIMEOUT, LOCAL_JWT_SECRET);
    }

    /** The whole stack with the defaults, for the repository found from the working directory. */
    public static LaunchOptions defaults() {
        return parse(List.of(), Path.of("").toAbsolutePath(), System.getenv("MARKETPLACE_JWT_SECRET"));
    }

    static LaunchOptions parse(List<String> args, Path workingDirectory, String jwtSecretFromEnvironment) {
        boolean fresh = false;
        int offset = 0;
        Path dataFolder = null;
        Set<Application> applications = EnumSet.allOf(Application.class);
        Duration timeout = DEFAULT_READINESS_TIMEOUT;
        boolean startupCache = false;
        List<String> rest = new ArrayList<>(args);
        while (!rest.isEmpty()) {
            String arg = rest.removeFirst();
            switch (arg) {
                case "--fresh" -> fresh = true;
                case "--port-offset" -> offset = integer(arg, value(arg, rest));
                case "--data-dir" -> dataFolder = workingDirectory.resolve(value(arg, rest)).normalize();
                case "--infra-only" -> applications = EnumSet.noneOf(Application.class);
                case "--only" -> applications = applications(value(arg, rest));
                case "--timeout" -> timeout = Duration.ofSeconds(positive(arg, integer(arg, value(arg, rest))));
                case "--startup-cache" -> startupCache = true;
                case "--help", "-h" -> throw new HelpRequested();
                default -> throw new LaunchException("unknown option " + arg + " (--help lists the options)");
            }
        }
        Path repositoryRoot = findRepositoryRoot(workingDirectory);
        String secret = jwtSecretFromEnvironment == null || jwtSecretFromEnvironment.isBlank()
                ? LOCAL_JWT_SECRET : jwtSecretFromEnvironment;
        return new LaunchOptions(repositoryRoot,
                dataFolder != null ? dataFolder : repositoryRoot.resolve(".local-data"),
                fresh, new PortLayout(offset), applications, timeout, secret, startupCache);
    }

    /** The nearest folder, from the working directory up, that holds the Maven wrapper and this module. */
    static Path findRepositoryRoot(Path workingDirectory) {
        for (Path dir = workingDirectory.toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("local-launcher"))) {
                return dir;
            }
        }
        throw new LaunchException("cannot find the repository (a folder with mvnw and local-launcher/) from "
                + workingDirectory.toAbsolutePath());
    }

    private static String value(String option, List<String> rest) {
        if (rest.isEmpty() || rest.getFirst().startsWith("--")) {
            throw new LaunchException(option + " needs a value (--help lists the options)");
        }
        return rest.removeFirst();
    }

    private static int integer(String option, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new LaunchException(option + " needs a whole number, not '" + value + "'");
        }
    }

    private static int positive(String option, int value) {
        if (value <= 0) {
            throw new LaunchException(option + " needs a number above 0, not " + value);
        }
        return value;
    }

    private static Set<Application> applications(String list) {
        Set<Application> chosen = EnumSet.noneOf(Application.class);
        for (String module : list.split(",")) {
            chosen.add(Application.byModule(module.strip()).orElseThrow(() -> new LaunchException(
                    "--only: no application named '" + module.strip() + "' (one of " + moduleNames() + ")")));
        }
        return chosen;
    }

    private static String moduleNames() {
        return String.join(", ", EnumSet.allOf(Application.class).stream().map(Application::module).toList());
    }

    /** {@code --help}: print the usage and stop, successfully. */
    static final class HelpRequested extends RuntimeException {
        HelpRequested() {
            super(null, null, false, false);
        }
    }
}
