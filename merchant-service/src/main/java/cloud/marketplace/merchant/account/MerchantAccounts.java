package cloud.marketplace.merchant.account;

import cloud.marketplace.contracts.events.MerchantChannel;
import cloud.marketplace.merchant.account.MerchantChannelSummary.Settlement;
import cloud.marketplace.merchant.provider.ApprovedProvider;
import cloud.marketplace.merchant.provider.ApprovedProviders;
import cloud.marketplace.merchant.tenpay.TenpayAccount;
import cloud.marketplace.merchant.tenpay.TenpayAccountStatus;
import cloud.marketplace.merchant.tenpay.TenpayAccounts;
import cloud.marketplace.merchant.wechat.SettlementAccount;
import cloud.marketplace.merchant.wechat.WechatApplication;
import cloud.marketplace.merchant.wechat.WechatApplicationStatus;
import cloud.marketplace.merchant.wechat.WechatApplications;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** A provider's merchant accounts across both channels: for the provider, for onboarding's overview and for billing. */
@Service
public class MerchantAccounts {

    private final WechatApplications wechat;
    private final TenpayAccounts tenpay;
    private final ApprovedProviders providers;

    MerchantAccounts(WechatApplications wechat, TenpayAccounts tenpay, ApprovedProviders providers) {
        this.wechat = wechat;
        this.tenpay = tenpay;
        this.providers = providers;
    }

    public Optional<String> companyName(String providerId) {
        return providers.find(providerId).map(ApprovedProvider::companyName);
    }

    /** WeChat Pay first, then Tenpay; channels not started are absent. */
    public List<MerchantChannelSummary> channels(String providerId) {
        List<MerchantChannelSummary> channels = new ArrayList<>();
        wechat.current(providerId).ifPresent(application -> channels.add(summary(application)));
        tenpay.current(providerId).ifPresent(account -> channels.add(summary(account)));
        return channels;
    }

    /** Where withdrawals go: the settlement account of an active channel (WeChat Pay's when both are active). */
    public Optional<MerchantChannelSummary> activeSettlement(String providerId) {
        return channels(providerId).stream().filter(MerchantChannelSummary::active)
                .filter(channel -> channel.settlementAccount() != null).findFirst();
    }

    private static MerchantChannelSummary summary(WechatApplication application) {
        SettlementAccount account = application.form().settlementAccount();
        return new MerchantChannelSummary(MerchantChannel.WECHAT_PAY, application.id(), application.status().name(),
                application.status() == WechatApplicationStatus.ACTIVE, application.merchantId(),
                account == null || account.accountNumber() == null ? null
                        : new Settlement(account.bankName(), account.accountName(), account.accountNumber()),
                application.form().superAdmin(), application.form().legalRepresentative());
    }

    private static MerchantChannelSummary summary(TenpayAccount account) {
        var bank = account.bankAccount();
        return new MerchantChannelSummary(MerchantChannel.TENPAY, account.id(), account.status().name(),
                account.status() == TenpayAccountStatus.ACTIVE, account.merchantId(),
                bank == null || bank.accountNumber() == null ? null
                        : new Settlement(bank.bankName(), account.company().name(), bank.accountNumber()),
                account.form().superAdmin(), account.form().legalRepresentative());
    }
}
