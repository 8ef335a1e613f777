package cloud.marketplace.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/** Waiting for a part to come up, and noticing when it dies instead. */
final class Readiness {

    static final Duration POLL = Duration.ofMillis(250);
    static final int LOG_LINES_ON_FAILURE = 25;

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private Readiness() {
    }

    /**
     * True when {@code /actuator/health/readiness} answers 200. An application without probes
     * (404 there) counts as ready once its server answers {@code /actuator/health} with 200 or 404.
     */
    static boolean isReady(String baseUrl) {
        int readiness = status(baseUrl + "/actuator/health/readiness");
        if (readiness == 404) {
            int health = status(baseUrl + "/actuator/health");
            return health == 200 || health == 404;
        }
        return readiness == 200;
    }

    private static int status(String url) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).GET().build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchException("interrupted while waiting for " + url);
        }
    }

    static void failIfDead(ChildProcess process) {
        if (!process.isAlive()) {
            throw new LaunchException(process.name() + " stopped during start (exit code " + process.exitValue()
                    + "); " + process.logFile() + " ends with:" + System.lineSeparator()
                    + process.tail(LOG_LINES_ON_FAILURE));
        }
    }

    static void pause(Instant deadline, String part, ChildProcess process) {
        if (Instant.now().isAfter(deadline)) {
            throw new LaunchException(part + " was not ready in time; " + process.logFile() + " ends with:"
                    + System.lineSeparator() + process.tail(LOG_LINES_ON_FAILURE));
        }
        try {
            Thread.sleep(POLL);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchException("interrupted while waiting for " + part);
        }
    }
}
