package cloud.marketplace.billing.payment;

import java.time.Instant;

/** One attempt to pay (or top up) the deposit through a payment channel. */
public record DepositPayment(String id, String providerId, PaymentMethod method, long amountFen, PaymentStatus status,
                             String payUrl, String channelTransactionId, String failure, Instant createdAt,
                             Instant expiresAt, Instant paidAt, Instant closedAt) {
}
