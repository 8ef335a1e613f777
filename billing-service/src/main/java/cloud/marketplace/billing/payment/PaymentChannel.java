package cloud.marketplace.billing.payment;

import java.time.Instant;

/**
 * A payment channel the deposit is paid through (an adapter over the channel's HTTP API; the
 * contract is in {@code billing-service/PAYMENT-CHANNELS.md}). Calls that cannot reach the
 * channel, or that it answers with a server error, throw {@link ChannelException}.
 */
public interface PaymentChannel {

    PaymentMethod method();

    /** Creates the payment at the channel; answers what the payer opens (QR code link, bank redirect). */
    String create(ChannelOrder order);

    /** What the channel knows of our payment now. */
    ChannelPaymentState query(String paymentId);

    /** Closes an unpaid payment at the channel, so it can no longer be paid. */
    void close(String paymentId);

    /**
     * Checks a notification's signature, timestamp and shape, and reads it. Pure: nothing is
     * stored here, and a rejected notification never reaches the deposit.
     */
    NotificationCheck verify(SignedNotification notification);

    record ChannelOrder(String paymentId, long amountFen, String description, Instant expiresAt) {
    }

    record ChannelPaymentState(ChannelOutcome outcome, long amountFen, String transactionId, Instant paidAt) {
    }

    enum ChannelOutcome {
        PAID, NOT_PAID, CLOSED, FAILED
    }

    /** A channel could not be reached or failed on its side ({@code unavailable}), or refused the call. */
    class ChannelException extends RuntimeException {

        private final boolean unavailable;

        public ChannelException(String message, boolean unavailable, Throwable cause) {
            super(message, cause);
            this.unavailable = unavailable;
        }

        public boolean unavailable() {
            return unavailable;
        }
    }
}
