package cloud.marketplace.billing.withdrawal;

import cloud.marketplace.contracts.events.MerchantChannel;
import java.time.Instant;

/** A provider's withdrawal (提现) of earnings to its settlement account. */
public record Withdrawal(String id, String providerId, long amountFen, WithdrawalStatus status, MerchantChannel channel,
                         String merchantId, String bankName, String accountName, String accountNumberMasked,
                         String payoutReference, String failure, Instant requestedAt, Instant completedAt) {
}
