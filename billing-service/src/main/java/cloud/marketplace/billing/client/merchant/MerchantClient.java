package cloud.marketplace.billing.client.merchant;

import java.util.Optional;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** merchant-service's internal API (a service token is added to every call). 404 is "no active account", not an error. */
@FeignClient(name = "merchant", url = "${MERCHANT_URL:http://localhost:8082}", dismiss404 = true)
interface MerchantClient {

    @GetMapping("/internal/merchants/providers/{providerId}/settlement-account")
    Optional<SettlementAccountResponse> settlementAccount(@PathVariable("providerId") String providerId);

    record SettlementAccountResponse(String providerId, String channel, String merchantId, String bankName,
                                     String accountName, String accountNumber) {
    }
}
