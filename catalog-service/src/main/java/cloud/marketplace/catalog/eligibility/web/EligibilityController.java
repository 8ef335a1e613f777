package cloud.marketplace.catalog.eligibility.web;

import cloud.marketplace.catalog.eligibility.DepositStatus;
import cloud.marketplace.catalog.eligibility.ListingEligibility;
import cloud.marketplace.catalog.eligibility.ListingPrerequisite;
import cloud.marketplace.catalog.eligibility.ProviderEligibility;
import cloud.marketplace.contracts.events.MerchantChannel;
import cloud.marketplace.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Listing eligibility", description = "What catalog knows of the calling provider's listing prerequisites")
class EligibilityController {

    private final ListingEligibility eligibility;

    EligibilityController(ListingEligibility eligibility) {
        this.eligibility = eligibility;
    }

    @GetMapping("/api/catalog/eligibility")
    @PreAuthorize("hasRole('PROVIDER')")
    @Operation(summary = "The calling provider's listing prerequisites: every missing step, and each known fact with its event time")
    EligibilityResponse mine(Caller caller) {
        return EligibilityResponse.of(eligibility.of(caller.providerId()));
    }

    record EligibilityResponse(String providerId, List<ListingPrerequisite> missing, Approval approval, Store store,
                               List<MerchantAccount> merchantAccounts, Deposit deposit) {

        record Approval(String applicationId, Set<Long> categoryIds, Instant occurredAt) {
        }

        record Store(int revision, Instant occurredAt) {
        }

        record MerchantAccount(MerchantChannel channel, Instant occurredAt) {
        }

        record Deposit(DepositStatus status, long requiredFen, long paidFen, boolean countsForListing, Instant occurredAt) {
        }

        static EligibilityResponse of(ProviderEligibility e) {
            var approval = e.approval();
            var store = e.store();
            var deposit = e.deposit();
            return new EligibilityResponse(e.providerId(), e.missing(),
                    approval == null ? null : new Approval(approval.applicationId(), approval.categoryIds(), approval.occurredAt()),
                    store == null ? null : new Store(store.revision(), store.occurredAt()),
                    e.merchantAccounts().values().stream().map(a -> new MerchantAccount(a.channel(), a.occurredAt())).toList(),
                    deposit == null ? null : new Deposit(deposit.status(), deposit.requiredFen(), deposit.paidFen(),
                            deposit.countsForListing(), deposit.occurredAt()));
        }
    }
}
