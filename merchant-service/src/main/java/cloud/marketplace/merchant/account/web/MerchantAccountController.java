package cloud.marketplace.merchant.account.web;

import cloud.marketplace.contracts.events.MerchantChannel;
import cloud.marketplace.merchant.account.MerchantAccounts;
import cloud.marketplace.merchant.account.MerchantChannelSummary;
import cloud.marketplace.merchant.web.FormBodies.LegalRepresentativeBody;
import cloud.marketplace.merchant.web.FormBodies.SuperAdminBody;
import cloud.marketplace.platform.security.Caller;
import cloud.marketplace.platform.sensitive.Masking;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/merchants")
@Tag(name = "My merchant accounts", description = "Both channels of the calling provider, numbers masked")
class MerchantAccountController {

    private final MerchantAccounts accounts;

    MerchantAccountController(MerchantAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/me")
    @PreAuthorize("hasRole('PROVIDER')")
    @Operation(summary = "Both channels (status, merchant id, settlement account, people) and the account earnings are paid into; "
            + "ID, mobile and bank account numbers masked")
    MyMerchantAccounts me(Caller caller) {
        String providerId = caller.providerId();
        List<ChannelView> channels = accounts.channels(providerId).stream().map(ChannelView::of).toList();
        SettlementView settlement = accounts.activeSettlement(providerId)
                .map(channel -> SettlementView.of(channel.channel(), channel.settlementAccount())).orElse(null);
        return new MyMerchantAccounts(providerId, accounts.companyName(providerId).orElse(null),
                channels.stream().anyMatch(ChannelView::active), channels, settlement);
    }

    record MyMerchantAccounts(String providerId, String companyName, boolean anyActive, List<ChannelView> channels,
                              SettlementView settlementAccount) {
    }

    record ChannelView(MerchantChannel channel, String applicationId, String status, boolean active, String merchantId,
                       SettlementView settlementAccount, SuperAdminBody superAdmin, LegalRepresentativeBody legalRepresentative) {
        static ChannelView of(MerchantChannelSummary summary) {
            return new ChannelView(summary.channel(), summary.applicationId(), summary.status(), summary.active(), summary.merchantId(),
                    summary.settlementAccount() == null ? null : SettlementView.of(summary.channel(), summary.settlementAccount()),
                    SuperAdminBody.masked(summary.superAdmin()), LegalRepresentativeBody.masked(summary.legalRepresentative()));
        }
    }

    record SettlementView(MerchantChannel channel, String bankName, String accountName, String accountNumber) {
        static SettlementView of(MerchantChannel channel, MerchantChannelSummary.Settlement settlement) {
            return new SettlementView(channel, settlement.bankName(), settlement.accountName(), Masking.mask(settlement.accountNumber()));
        }
    }
}
