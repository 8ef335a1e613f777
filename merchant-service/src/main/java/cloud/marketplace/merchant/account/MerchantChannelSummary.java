package cloud.marketplace.merchant.account;

import cloud.marketplace.contracts.events.MerchantChannel;
import cloud.marketplace.merchant.form.LegalRepresentative;
import cloud.marketplace.merchant.form.SuperAdmin;

/** One channel of a provider's merchant accounts, numbers in clear: the web layer masks them. */
public record MerchantChannelSummary(MerchantChannel channel, String applicationId, String status, boolean active, String merchantId,
                                     Settlement settlementAccount, SuperAdmin superAdmin, LegalRepresentative legalRepresentative) {

    /** The account a channel pays the provider's earnings into. */
    public record Settlement(String bankName, String accountName, String accountNumber) {
    }
}
