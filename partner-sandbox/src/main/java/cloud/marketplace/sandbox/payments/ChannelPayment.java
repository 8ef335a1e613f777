package cloud.marketplace.sandbox.payments;

import java.time.Instant;

/**
 * A payment as a channel knows it. {@code state} uses WeChat Pay's trade states for all three
 * channels (each channel's answers translate them): NOTPAY, SUCCESS, CLOSED, PAYERROR.
 */
record ChannelPayment(Channel channel, String outTradeNo, String merchantId, long amountFen, String description,
                      String notifyUrl, Instant expiresAt, Instant createdAt, String state, String transactionId,
                      Instant paidAt) {

    static final String NOT_PAID = "NOTPAY";
    static final String PAID = "SUCCESS";
    static final String CLOSED = "CLOSED";
    static final String FAILED = "PAYERROR";

    boolean open() {
        return NOT_PAID.equals(state);
    }

    ChannelPayment with(String newState, String newTransactionId, Instant newPaidAt) {
        return new ChannelPayment(channel, outTradeNo, merchantId, amountFen, description, notifyUrl, expiresAt, createdAt,
                newState, newTransactionId, newPaidAt);
    }

    /** Bank gateway status names. */
    String bankStatus() {
        return switch (state) {
            case PAID -> "PAID";
            case CLOSED -> "CLOSED";
            case FAILED -> "FAILED";
            default -> "PENDING";
        };
    }
}
