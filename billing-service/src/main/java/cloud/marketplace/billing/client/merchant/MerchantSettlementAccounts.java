package cloud.marketplace.billing.client.merchant;

import cloud.marketplace.billing.withdrawal.SettlementAccount;
import cloud.marketplace.billing.withdrawal.SettlementAccounts;
import cloud.marketplace.contracts.events.MerchantChannel;
import cloud.marketplace.platform.web.ProblemException;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Settlement accounts asked of merchant-service; when it cannot answer, the caller gets a 503 and nothing is recorded. */
@Component
class MerchantSettlementAccounts implements SettlementAccounts {

    private static final Logger log = LoggerFactory.getLogger(MerchantSettlementAccounts.class);

    private final MerchantClient merchants;

    MerchantSettlementAccounts(MerchantClient merchants) {
        this.merchants = merchants;
    }

    @Override
    public Optional<SettlementAccount> activeFor(String providerId) {
        Optional<MerchantClient.SettlementAccountResponse> found;
        try {
            found = merchants.settlementAccount(providerId);
        } catch (RuntimeException e) {
            log.warn("merchant-service did not give the settlement account of {}: {}", providerId, e.toString());
            throw ProblemException.unavailable("merchant-service (settlement accounts)", Duration.ofSeconds(10));
        }
        return found.map(account -> new SettlementAccount(account.providerId(), MerchantChannel.valueOf(account.channel()),
                account.merchantId(), account.bankName(), account.accountName(), account.accountNumber()));
    }
}
