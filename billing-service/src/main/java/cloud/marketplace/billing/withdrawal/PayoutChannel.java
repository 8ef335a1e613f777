package cloud.marketplace.billing.withdrawal;

import cloud.marketplace.contracts.events.MerchantChannel;

/**
 * Pays a withdrawal out through the channel of the provider's merchant account. The withdrawal
 * id is the request number: sending it again never pays twice.
 */
public interface PayoutChannel {

    MerchantChannel channel();

    PayoutResult payout(PayoutOrder order);

    PayoutResult query(String withdrawalId, SettlementAccountRef account);

    record PayoutOrder(String withdrawalId, long amountFen, SettlementAccount account) {
    }

    /** What a query needs to find a payout again: the merchant it was made for. */
    record SettlementAccountRef(String merchantId) {
    }

    record PayoutResult(PayoutState state, String reference, String failure) {
    }

    enum PayoutState {
        SUCCEEDED, PROCESSING, FAILED
    }

    /** The channel could not be reached or failed on its side: the payout's outcome is unknown. */
    class PayoutUnavailableException extends RuntimeException {

        public PayoutUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
