package cloud.marketplace.benchmark;

import java.time.Duration;

final class Bench {

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Bench() {
    }
}
