package cloud.marketplace.launcher;

import java.util.LinkedHashMap;
import java.util.Map;

/** The environment variables an application gets: its port and every address it needs, all on the layout. */
final class ChildEnvironment {

    private ChildEnvironment() {
    }

    static Map<String, String> of(Application application, PortLayout ports, String jwtSecret) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SPRING_PROFILES_ACTIVE", "local");
        env.put("SERVER_PORT", Integer.toString(ports.http(application)));
        application.schema().ifPresent(schema -> {
            env.put("DB_URL", jdbcUrl(ports, schema));
            env.put("DB_USERNAME", "root");
            env.put("DB_PASSWORD", "");
        });
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrapServers(ports));
        env.put("MARKETPLACE_JWT_SECRET", jwtSecret);
        for (Application peer : Application.values()) {
            env.put(peer.urlVariable(), httpUrl(ports, peer));
        }
        // /actuator/health/readiness exists outside Kubernetes only when probes are switched on.
        env.put("MANAGEMENT_ENDPOINT_HEALTH_PROBES_ENABLED", "true");
        return env;
    }

    static String jdbcUrl(PortLayout ports, String schema) {
        return "jdbc:mysql://127.0.0.1:" + ports.database() + "/" + schema + "?createDatabaseIfNotExist=true";
    }

    static String kafkaBootstrapServers(PortLayout ports) {
        return "127.0.0.1:" + ports.kafka();
    }

    static String httpUrl(PortLayout ports, Application application) {
        return "http://localhost:" + ports.http(application);
    }
}
