package cloud.marketplace.merchant.account.web;

import cloud.marketplace.contracts.events.MerchantChannel;
import cloud.marketplace.merchant.account.MerchantAccounts;
import cloud.marketplace.merchant.account.MerchantChannelSummary;
import cloud.marketplace.platform.web.ProblemException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** For the other services (service identity required): onboarding's overview and billing's withdrawals. */
@RestController
@RequestMapping("/internal/merchants/providers/{providerId}")
@Tag(name = "Internal", description = "Service-to-service reads (SERVICE role)")
class InternalMerchantController {

    private final MerchantAccounts accounts;

    InternalMerchantController(MerchantAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/status")
    @Operation(summary = "Each started channel's status and whether it is active (empty when none was started)")
    MerchantStatus status(@PathVariable String providerId) {
        return new MerchantStatus(providerId, accounts.channels(providerId).stream()
                .map(channel -> new ChannelStatus(channel.channel(), channel.status(), channel.active())).toList());
    }

    @GetMapping("/settlement-account")
    @Operation(summary = "The settlement account of an active channel (WeChat Pay's when both are active), unmasked; "
            + "404 when no channel is active")
    SettlementAccountAnswer settlementAccount(@PathVariable String providerId) {
        MerchantChannelSummary active = accounts.activeSettlement(providerId).orElseThrow(() -> ProblemException.notFound(
                "Provider " + providerId + " has no active merchant account."));
        return new SettlementAccountAnswer(providerId, active.channel(), active.merchantId(), active.settlementAccount().bankName(),
                active.settlementAccount().accountName(), active.settlementAccount().accountNumber());
    }

    record MerchantStatus(String providerId, List<ChannelStatus> channels) {
    }

    record ChannelStatus(MerchantChannel channel, String status, boolean active) {
    }

    record SettlementAccountAnswer(String providerId, MerchantChannel channel, String merchantId, String bankName,
                                   String accountName, String accountNumber) {
    }
}
