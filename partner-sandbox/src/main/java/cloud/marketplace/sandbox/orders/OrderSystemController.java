package cloud.marketplace.sandbox.orders;

import cloud.marketplace.contracts.events.OrderRefunded;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The order system's controls: complete an order ({@code OrderCompleted}), refund (part of) one
 * ({@code OrderRefunded}), both on {@code marketplace.orders.v1}.
 */
@RestController
@RequestMapping("/sandbox/orders")
class OrderSystemController {

    private static final URI NOT_FOUND = URI.create("https://marketplace.example/problems/not-found");
    private static final URI UNAVAILABLE = URI.create("https://marketplace.example/problems/service-unavailable");

    private final OrderSystem orders;

    OrderSystemController(OrderSystem orders) {
        this.orders = orders;
    }

    @PostMapping
    ResponseEntity<OrderAnswer> complete(@Valid @RequestBody CompleteOrder request) {
        OrderSystem.CompletedOrder order = orders.complete(request.orderId(), request.providerId().strip(),
                request.productId().strip(), request.amountFen());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new OrderAnswer(order.orderId(), order.providerId(),
                order.productId(), order.amountFen(), order.completedAt(), order.eventId()));
    }

    @PostMapping("/{orderId}/refund")
    ResponseEntity<RefundAnswer> refund(@PathVariable String orderId, @Valid @RequestBody RefundOrder request) {
        OrderRefunded refund = orders.refund(orderId, request.refundFen(), request.providerId()).orElseThrow(() -> {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "The sandbox completed no order "
                    + orderId + " since it started; name its providerId to refund it anyway.");
            problem.setType(NOT_FOUND);
            problem.setTitle("Not found");
            return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
        });
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new RefundAnswer(refund.orderId(), refund.providerId(),
                refund.refundFen(), refund.refundedAt(), refund.eventId()));
    }

    @ExceptionHandler(OrderEventPublisher.BrokerUnavailableException.class)
    ResponseEntity<ProblemDetail> brokerDown(OrderEventPublisher.BrokerUnavailableException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "Kafka did not take the event; nothing was published. Retry later.");
        problem.setType(UNAVAILABLE);
        problem.setTitle("Service unavailable");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "10").body(problem);
    }

    record CompleteOrder(@Size(max = 64) String orderId, @NotBlank @Size(max = 64) String providerId,
                         @NotBlank @Size(max = 64) String productId, @NotNull @PositiveOrZero Long amountFen) {
    }

    record RefundOrder(@NotNull @Positive Long refundFen, @Size(max = 64) String providerId) {
    }

    record OrderAnswer(String orderId, String providerId, String productId, long amountFen, Instant completedAt,
                       String eventId) {
    }

    record RefundAnswer(String orderId, String providerId, long refundFen, Instant refundedAt, String eventId) {
    }
}
