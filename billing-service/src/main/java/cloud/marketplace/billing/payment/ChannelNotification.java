package cloud.marketplace.billing.payment;

import cloud.marketplace.billing.payment.PaymentChannel.ChannelOutcome;
import java.time.Instant;

/** What a verified notification (or a query answer) says about one of our payments. */
public record ChannelNotification(String paymentId, String transactionId, long amountFen, ChannelOutcome outcome,
                                  Instant at) {
}
