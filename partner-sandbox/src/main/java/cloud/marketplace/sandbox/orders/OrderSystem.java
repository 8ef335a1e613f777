package cloud.marketplace.sandbox.orders;

import cloud.marketplace.contracts.events.OrderCompleted;
import cloud.marketplace.contracts.events.OrderRefunded;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The marketplace's order system, as far as billing sees it: orders complete and are refunded.
 * It remembers the orders it completed (in memory) so a refund knows the provider. Completing
 * the same order id twice publishes twice, as a real producer may: billing must charge it once.
 */
@Component
class OrderSystem {

    record CompletedOrder(String orderId, String providerId, String productId, long amountFen, Instant completedAt,
                          String eventId) {
    }

    private final Map<String, CompletedOrder> orders = new ConcurrentHashMap<>();
    private final OrderEventPublisher publisher;
    private final Clock clock;

    OrderSystem(OrderEventPublisher publisher, Optional<Clock> clock) {
        this.publisher = publisher;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    CompletedOrder complete(String orderId, String providerId, String productId, long amountFen) {
        Instant now = clock.instant();
        String id = orderId == null || orderId.isBlank() ? "o-" + UUID.randomUUID() : orderId;
        OrderCompleted event = OrderCompleted.of(now, id, providerId, productId, amountFen, now);
        publisher.publish(event);
        CompletedOrder order = new CompletedOrder(id, providerId, productId, amountFen, now, event.eventId());
        orders.put(id, order);
        return order;
    }

    /** @return the refund event, or empty when the order is unknown here and no provider was named */
    Optional<OrderRefunded> refund(String orderId, long refundFen, String providerId) {
        String provider = Optional.ofNullable(orders.get(orderId)).map(CompletedOrder::providerId)
                .orElse(providerId == null || providerId.isBlank() ? null : providerId);
        if (provider == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        OrderRefunded event = OrderRefunded.of(now, orderId, provider, refundFen, now);
        publisher.publish(event);
        return Optional.of(event);
    }
}
