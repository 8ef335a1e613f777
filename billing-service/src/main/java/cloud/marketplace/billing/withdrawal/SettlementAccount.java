package cloud.marketplace.billing.withdrawal;

import cloud.marketplace.contracts.events.MerchantChannel;

/** The active merchant account a provider's earnings are paid out to, as merchant-service knows it now. */
public record SettlementAccount(String providerId, MerchantChannel channel, String merchantId, String bankName,
                                String accountName, String accountNumber) {
}
