package cloud.marketplace.sandbox.payments;

import java.time.Instant;

/** A payout (withdrawal of a provider's earnings) as the channel knows it: SUCCESS, PROCESSING or FAILED. */
record Payout(Channel channel, String requestNo, String merchantId, long amountFen, String accountNumber, String status,
              String reference, String failure, Instant createdAt) {
}
