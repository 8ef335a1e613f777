package cloud.marketplace.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/** The OrderCompleted events of a run, generated from a seed, with what billing must make of them. */
final class OrderEvents {

    static final int FEE_BASIS_POINTS = 1000;

    record Order(String eventId, String orderId, String providerId, String productId, long amountFen, Instant completedAt) {

        long feeFen() {
            return (amountFen * FEE_BASIS_POINTS + 5_000) / 10_000;
        }

        long shareFen() {
            return amountFen - feeFen();
        }

        /** The event as the order system publishes it: plain JSON, instants in ISO-8601. */
        String json(Instant occurredAt) {
            return "{\"eventId\":\"" + eventId + "\",\"occurredAt\":\"" + occurredAt + "\",\"schemaVersion\":1,"
                    + "\"orderId\":\"" + orderId + "\",\"providerId\":\"" + providerId + "\",\"productId\":\"" + productId
                    + "\",\"amountFen\":" + amountFen + ",\"completedAt\":\"" + completedAt + "\"}";
        }

        Order republished(Random random) {
            return new Order(uuid(random), orderId, providerId, productId, amountFen, completedAt);
        }
    }

    static List<Order> generate(String runTag, int count, int providers, long seed, Instant now) {
        Random random = new Random(seed);
        List<Order> orders = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String providerId = "bench-" + runTag + "-p" + random.nextInt(providers);
            long amountFen = 1 + random.nextInt(2_000_000);
            Instant completedAt = now.minus(Duration.ofSeconds(random.nextInt(30 * 24 * 3600))).truncatedTo(ChronoUnit.MILLIS);
            orders.add(new Order(uuid(random), "bench-" + runTag + "-o" + i, providerId, "prod-" + random.nextInt(50),
                    amountFen, completedAt));
        }
        return orders;
    }

    static String uuid(Random random) {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }

    private OrderEvents() {
    }
}
