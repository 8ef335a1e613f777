package cloud.marketplace.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Stream;

/**
 * The whole system on one machine with only a JDK: a Kafka broker, MariaDB, the four services,
 * the gateway and the partner sandbox, each in its own process.
 *
 * <p>From a shell: {@code ./run-local.sh [--fresh] [--port-offset N] ...} (see {@code --help});
 * Ctrl-C stops everything. From a test: {@code try (LocalStack stack = LocalStack.start(options)) { ... }}.
 */
public final class LocalStack implements AutoCloseable {

    /** Modest heaps and the C1 compiler only: a faster start on small machines, enough speed for local use. */
    static final List<String> APPLICATION_JVM_OPTIONS = List.of(
            "-Xmx384m", "-Xss512k", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    private static final Duration APPLICATION_STOP_GRACE = Duration.ofSeconds(20);
    /** A recording run writes what it loaded as it stops: slow on a busy machine. */
    private static final Duration RECORDING_STOP_GRACE = Duration.ofSeconds(120);

    private final LaunchOptions options;
    private final PrintStream out;
    private final Object lifecycle = new Object();
    private final Map<Application, ChildProcess> applications = new EnumMap<>(Application.class);
    private final Map<Application, StartupCache> startupCaches = new EnumMap<>(Application.class);
    private final List<ChildProcess> cacheCreations = new ArrayList<>();
    private final Thread shutdownHook = new Thread(this::stop, "local-stack-stop");
    /** Starting steps hold the read lock; a stop takes the write lock, so it waits for a step in progress. */
    private final ReentrantReadWriteLock steps = new ReentrantReadWriteLock();
    private volatile boolean stopping;
    private final KafkaBroker kafka;
    private final Database database;
    private final Leftovers leftovers;
    private FileChannel lockChannel;
    private FileLock dataLock;

    private LocalStack(LaunchOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
        this.kafka = new KafkaBroker(options.dataFolder(), options.ports());
        this.database = new Database(options.dataFolder(), options.ports());
        this.leftovers = new Leftovers(options.dataFolder());
    }

    public static void main(String[] args) {
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(List.of(args), Path.of("").toAbsolutePath(), System.getenv("MARKETPLACE_JWT_SECRET"));
        } catch (LaunchOptions.HelpRequested help) {
            System.out.println(LaunchOptions.USAGE);
            return;
        } catch (LaunchException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(2);
            return;
        }
        LocalStack stack = new LocalStack(options, System.out);
        try {
            stack.run();
        } catch (LaunchException e) {
            if (!stack.stopping) {
                System.err.println("error: " + e.getMessage());
                stack.stop();
                System.exit(1);
            }
            return;
        } catch (RuntimeException | Error e) {
            e.printStackTrace();
            stack.stop();
            System.exit(1);
            return;
        }
        stack.out.println("Press Ctrl-C to stop.");
        stack.watch();
    }

    /** Starts the stack and returns once every part is ready; on failure everything started is stopped again. */
    public static LocalStack start(LaunchOptions options) {
        return start(options, System.out);
    }

    static LocalStack start(LaunchOptions options, PrintStream out) {
        LocalStack stack = new LocalStack(options, out);
        try {
            stack.run();
            return stack;
        } catch (RuntimeException e) {
            stack.stop();
            throw e;
        }
    }

    public PortLayout ports() {
        return options.ports();
    }

    public String kafkaBootstrapServers() {
        return ChildEnvironment.kafkaBootstrapServers(options.ports());
    }

    /** A JDBC URL (MySQL Connector/J) for a schema on the stack's MariaDB; the schema is created on first use. */
    public String jdbcUrl(String schema) {
        return ChildEnvironment.jdbcUrl(options.ports(), schema);
    }

    public String url(Application application) {
        return ChildEnvironment.httpUrl(options.ports(), application);
    }

    public String gatewayUrl() {
        return url(Application.GATEWAY);
    }

    public String swaggerUiUrl() {
        return gatewayUrl() + "/swagger-ui.html";
    }

    public String sandboxUrl() {
        return url(Application.SANDBOX);
    }

    /** The applications that were started (those whose jar exists among the ones asked for). */
    public Set<Application> runningApplications() {
        synchronized (lifecycle) {
            return applications.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(applications.keySet()));
        }
    }

    /** Resident memory of each running part, in MiB (Linux; 0 where it cannot be read). */
    public Map<String, Long> residentMemoryMib() {
        Map<String, Long> memory = new LinkedHashMap<>();
        synchronized (lifecycle) {
            if (kafka.process() != null) {
                memory.put("kafka", kafka.process().residentMemoryMib());
            }
            database.server().ifPresent(server -> memory.put("mariadb", ResidentMemory.mib(server)));
            applications.forEach((application, process) -> memory.put(application.module(), process.residentMemoryMib()));
        }
        return memory;
    }

    @Override
    public void close() {
        stop();
    }

    /** Stops the applications (all at once), then Kafka, then MariaDB. Safe to call more than once. */
    public void stop() {
        boolean fromHook = Thread.currentThread() == shutdownHook;
        synchronized (lifecycle) {
            if (stopping) {
                return;
            }
            stopping = true;
        }
        steps.writeLock().lock();
        try {
            synchronized (lifecycle) {
                stopEverything();
            }
        } finally {
            steps.writeLock().unlock();
        }
        if (!fromHook) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException | IllegalArgumentException e) {
                // the JVM is already shutting down, or the hook was never added
            }
        }
    }

    private void stopEverything() {
        boolean anything = !applications.isEmpty() || kafka.process() != null || database.server().isPresent();
        if (anything) {
            out.println("Stopping the local stack...");
        }
        Instant start = Instant.now();
        List<Thread> stoppers = new ArrayList<>();
        cacheCreations.forEach(creation -> stoppers.add(Thread.ofVirtual().start(() -> creation.stop(Duration.ofSeconds(5)))));
        if (startupCaches.values().stream().anyMatch(cache -> cache.mode() == StartupCache.Mode.RECORD)) {
            out.println("  (the applications write what they loaded, for the start-up cache: this stop takes longer)");
        }
        applications.forEach((application, process) -> stoppers.add(Thread.ofVirtual().start(() -> {
            StartupCache cache = startupCaches.get(application);
            boolean recording = cache != null && cache.mode() == StartupCache.Mode.RECORD;
            process.stop(recording ? RECORDING_STOP_GRACE : APPLICATION_STOP_GRACE);
            if (cache != null) {
                cache.keepRecording();
            }
        })));
        stoppers.forEach(LocalStack::join);
        kafka.stop();
        database.stop();
        if (dataLock != null) {
            leftovers.forget();
        }
        releaseDataFolder();
        if (anything) {
            out.printf("Stopped in %.1f s.%n", seconds(start));
        }
    }

    private void run() {
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        Instant stackStart = Instant.now();
        PortLayout ports = options.ports();
        Map<Application, Path> jars = new EnumMap<>(Application.class);
        for (Application application : options.applications()) {
            Path jar = application.jar(options.repositoryRoot());
            if (Files.isRegularFile(jar)) {
                jars.put(application, jar);
            }
        }
        out.printf("Starting the local stack (data in %s%s)%n", display(options.dataFolder()),
                ports.offset() == 0 ? "" : ", ports moved by " + ports.offset());

        claimDataFolder();
        int left = leftovers.stopAll();
        if (left > 0) {
            out.printf("  stopped %d process%s left running by an earlier launcher on this data folder%n", left, left == 1 ? "" : "es");
        }
        Map<String, Integer> wanted = new LinkedHashMap<>();
        wanted.put("kafka", ports.kafka());
        wanted.put("kafka controller", ports.kafkaController());
        wanted.put("mariadb", ports.database());
        jars.keySet().forEach(application -> wanted.put(application.module(), ports.http(application)));
        PortCheck.requireFree(wanted);
        if (options.fresh()) {
            emptyDataFolder();
        }

        // Kafka (a JVM, ~5 s) and MariaDB (~2 s, ~15 s the first time) come up side by side.
        Instant infrastructureStart = Instant.now();
        CompletableFuture<Void> kafkaReady = CompletableFuture.runAsync(() -> {
            step(() -> leftovers.remember(kafka.start().toHandle()));
            kafka.awaitReady(infrastructureStart.plus(options.readinessTimeout()), () -> stopping);
            ready("kafka", infrastructureStart, kafka.bootstrapServers(), kafka.process().residentMemoryMib());
        }, runnable -> Thread.ofVirtual().name("kafka-start").start(runnable));
        step(() -> {
            database.start();
            database.server().ifPresent(leftovers::remember);
        });
        ready("mariadb", infrastructureStart, "127.0.0.1:" + ports.database(),
                database.server().map(ResidentMemory::mib).orElse(0L));
        try {
            kafkaReady.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }

        for (Application application : options.applications()) {
            if (!jars.containsKey(application)) {
                out.printf("  %-19s skipped: %s not found (build it: ./mvnw -B -q -DskipTests install)%n",
                        application.module(), display(application.jar(options.repositoryRoot())));
            }
        }
        Instant applicationsStart = Instant.now();
        List<Thread> starters = new ArrayList<>();
        List<RuntimeException> failures = new CopyOnWriteArrayList<>();
        jars.forEach((application, jar) -> starters.add(Thread.ofVirtual().name("start-" + application.module()).start(() -> {
            try {
                step(() -> {
                    ChildProcess process = startApplication(application, jar);
                    leftovers.remember(process.toHandle());
                    synchronized (lifecycle) {
                        applications.put(application, process);
                    }
                });
            } catch (RuntimeException e) {
                failures.add(e);
            }
        })));
        starters.forEach(LocalStack::join);
        if (!failures.isEmpty()) {
            throw failures.getFirst();
        }
        awaitApplications(applicationsStart);

        out.printf("Local stack ready in %.1f s.%n", seconds(stackStart));
        if (applications.containsKey(Application.GATEWAY)) {
            out.println("  Gateway      " + gatewayUrl());
            out.println("  Swagger UI   " + swaggerUiUrl());
        }
        if (applications.containsKey(Application.SANDBOX)) {
            out.println("  Sandbox      " + sandboxUrl());
        }
        out.println("  Kafka        " + kafkaBootstrapServers());
        out.println("  MariaDB      " + ChildEnvironment.jdbcUrl(ports, "<schema>") + " (user root, no password)");
        out.println("  Logs         " + display(options.dataFolder().resolve("logs")));
        createStartupCaches();
    }

    private ChildProcess startApplication(Application application, Path jar) {
        Path logs = options.dataFolder().resolve("logs");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(APPLICATION_JVM_OPTIONS);
        if (options.startupCache()) {
            StartupCache cache = StartupCache.prepare(application, jar, logs);
            synchronized (lifecycle) {
                startupCaches.put(application, cache);
            }
            command.addAll(cache.jvmArguments());
        } else {
            command.add("-jar");
            command.add(jar.toString());
        }
        Path workingDirectory = options.dataFolder().resolve("work").resolve(application.module());
        try {
            Files.createDirectories(workingDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ChildProcess.start(application.module(), command,
                ChildEnvironment.of(application, options.ports(), options.jwtSecret()),
                workingDirectory, logs.resolve(application.module() + ".log"));
    }

    /** Polls every application that is not ready yet; a line as each comes up, a failure as soon as one dies. */
    private void awaitApplications(Instant start) {
        Map<Application, ChildProcess> pending;
        synchronized (lifecycle) {
            pending = new EnumMap<>(applications);
        }
        Instant deadline = start.plus(options.readinessTimeout());
        while (!pending.isEmpty()) {
            for (Application application : List.copyOf(pending.keySet())) {
                ChildProcess process = pending.get(application);
                failIfStopping();
                Readiness.failIfDead(process);
                if (Readiness.isReady(url(application))) {
                    pending.remove(application);
                    ready(application.module(), start, url(application), process.residentMemoryMib(), cacheNote(application));
                }
            }
            if (!pending.isEmpty()) {
                ChildProcess first = pending.values().iterator().next();
                Readiness.pause(deadline, first.name(), first);
            }
        }
    }

    /** After the start: say so when an application ends by itself (the rest keeps running). */
    private void watch() {
        Set<Application> reported = new HashSet<>();
        while (!stopping) {
            try {
                Thread.sleep(Duration.ofSeconds(2));
            } catch (InterruptedException e) {
                return;
            }
            synchronized (lifecycle) {
                applications.forEach((application, process) -> {
                    if (!stopping && !process.isAlive() && reported.add(application)) {
                        out.printf("  %s stopped by itself (exit code %d); see %s%n",
                                application.module(), process.exitValue(), display(process.logFile()));
                    }
                });
            }
        }
    }

    /** Runs one starting step unless a stop began; a stop waits for the step in progress, so nothing started escapes it. */
    private void step(Runnable startStep) {
        steps.readLock().lock();
        try {
            failIfStopping();
            startStep.run();
        } finally {
            steps.readLock().unlock();
        }
    }

    private void failIfStopping() {
        if (stopping) {
            throw new LaunchException("stopped while starting");
        }
    }

    private void ready(String part, Instant since, String address, long memoryMib) {
        ready(part, since, address, memoryMib, "");
    }

    private void ready(String part, Instant since, String address, long memoryMib, String note) {
        out.printf("  %-19s ready in %5.1f s  %-28s %4d MiB%s%n", part, seconds(since), address, memoryMib, note);
    }

    private String cacheNote(Application application) {
        synchronized (lifecycle) {
            StartupCache cache = startupCaches.get(application);
            return cache == null ? "" : switch (cache.mode()) {
                case CACHED -> "  (from the start-up cache)";
                case RECORD -> "  (recording for the start-up cache)";
                case PLAIN -> "";
            };
        }
    }

    /**
     * Once the stack is ready: create the start-up caches that recordings of earlier starts allow,
     * one at a time at low priority, for the next start.
     */
    private void createStartupCaches() {
        List<Application> creatable;
        synchronized (lifecycle) {
            creatable = startupCaches.entrySet().stream().filter(entry -> entry.getValue().cacheCanBeCreated())
                    .map(Map.Entry::getKey).toList();
        }
        if (creatable.isEmpty()) {
            return;
        }
        Thread.ofVirtual().name("startup-cache").start(() -> {
            Path logs = options.dataFolder().resolve("logs");
            for (Application application : creatable) {
                StartupCache cache = startupCaches.get(application);
                ChildProcess creation;
                synchronized (lifecycle) {
                    if (stopping) {
                        return;
                    }
                    creation = cache.createCache(APPLICATION_JVM_OPTIONS, logs);
                    cacheCreations.add(creation);
                }
                if (!creation.waitFor(Duration.ofMinutes(10))) {
                    creation.stop(Duration.ofSeconds(5));
                }
                synchronized (lifecycle) {
                    if (stopping) {
                        return;
                    }
                    cache.keepCreatedCache(creation);
                }
            }
            out.println("  start-up caches created for the next start");
        });
    }

    /** One launcher per data folder: two MariaDB servers on one data directory would corrupt it. */
    private void claimDataFolder() {
        Path folder = options.dataFolder();
        try {
            Files.createDirectories(folder);
            Path lockFile = folder.resolve("launcher.lock");
            lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                dataLock = lockChannel.tryLock();
            } catch (OverlappingFileLockException e) {
                dataLock = null;
            }
            if (dataLock == null) {
                lockChannel.close();
                lockChannel = null;
                throw new LaunchException("the data folder " + display(folder) + " is in use by another launcher");
            }
        } catch (IOException e) {
            throw new LaunchException("cannot use the data folder " + display(folder) + ": " + e.getMessage(), e);
        }
    }

    private void emptyDataFolder() {
        Path folder = options.dataFolder();
        try (Stream<Path> paths = Files.walk(folder)) {
            Path lockFile = folder.resolve("launcher.lock");
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                if (!path.equals(folder) && !path.equals(lockFile)) {
                    Files.delete(path);
                }
            }
        } catch (IOException e) {
            throw new LaunchException("cannot empty the data folder " + display(folder) + ": " + e.getMessage(), e);
        }
        out.println("  data folder emptied (--fresh)");
    }

    private void releaseDataFolder() {
        try {
            if (dataLock != null) {
                dataLock.release();
            }
            if (lockChannel != null) {
                lockChannel.close();
            }
        } catch (IOException e) {
            // the lock goes with the process anyway
        }
    }

    private String display(Path path) {
        Path root = options.repositoryRoot();
        return path.startsWith(root) ? root.relativize(path).toString() : path.toString();
    }

    private static double seconds(Instant since) {
        return Duration.between(since, Instant.now()).toMillis() / 1000.0;
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
