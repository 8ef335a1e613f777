package cloud.marketplace.catalog.eligibility;

import cloud.marketplace.contracts.events.DepositPaid;
import cloud.marketplace.contracts.events.DepositShortfall;
import cloud.marketplace.contracts.events.IntegrationEvent;
import cloud.marketplace.contracts.events.MerchantActivated;
import cloud.marketplace.contracts.events.MerchantChannel;
import cloud.marketplace.contracts.events.ProviderApproved;
import cloud.marketplace.contracts.events.StorePublished;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What catalog knows of one provider's listing prerequisites, projected from the events of
 * onboarding, merchant and billing. Each fact carries the {@code occurredAt} of the event it
 * came from: events may arrive in any order and more than once, and an event older than the
 * fact already known changes nothing.
 *
 * <p>Deposit rule: listing needs a deposit <em>held</em>, not one at the tier. A {@code DepositShortfall}
 * with something paid (a legacy deposit below the tier, or a tier raised after payment) still
 * satisfies {@link ListingPrerequisite#DEPOSIT_PAID}; only withdrawals (billing) need the full tier.
 * A shortfall with nothing paid does not.
 */
public record ProviderEligibility(String providerId, Approval approval, StorePublication store,
                                  Map<MerchantChannel, MerchantAccount> merchantAccounts, Deposit deposit) {

    /** The provider was approved, for these level-1 categories. */
    public record Approval(String applicationId, Set<Long> categoryIds, Instant occurredAt) {
        public Approval {
            categoryIds = Collections.unmodifiableSet(new LinkedHashSet<>(categoryIds));
        }
    }

    public record StorePublication(int revision, Instant occurredAt) {
    }

    public record MerchantAccount(MerchantChannel channel, String merchantId, Instant occurredAt) {
    }

    public record Deposit(DepositStatus status, long requiredFen, long paidFen, Instant occurredAt) {

        /** Whether the deposit counts for listing: paid in full, or a shortfall with something held. */
        public boolean countsForListing() {
            return status == DepositStatus.PAID || paidFen > 0;
        }
    }

    public ProviderEligibility {
        merchantAccounts = Collections.unmodifiableMap(merchantAccounts.isEmpty()
                ? new EnumMap<>(MerchantChannel.class) : new EnumMap<>(merchantAccounts));
    }

    /** A provider of which nothing is known yet. */
    public static ProviderEligibility unknown(String providerId) {
        return new ProviderEligibility(providerId, null, null, Map.of(), null);
    }

    /** Every step still missing, in journey order; empty when the provider may submit products. */
    public List<ListingPrerequisite> missing() {
        List<ListingPrerequisite> missing = new ArrayList<>();
        if (approval == null) {
            missing.add(ListingPrerequisite.PROVIDER_APPROVED);
        }
        if (merchantAccounts.isEmpty()) {
            missing.add(ListingPrerequisite.MERCHANT_ACTIVE);
        }
        if (deposit == null || !deposit.countsForListing()) {
            missing.add(ListingPrerequisite.DEPOSIT_PAID);
        }
        if (store == null) {
            missing.add(ListingPrerequisite.STORE_PUBLISHED);
        }
        return List.copyOf(missing);
    }

    public boolean approvedFor(long categoryId) {
        return approval != null && approval.categoryIds().contains(categoryId);
    }

    public Set<Long> approvedCategoryIds() {
        return approval == null ? Set.of() : approval.categoryIds();
    }

    /** This projection with the event's news applied; unchanged for a stale event or one it does not track. */
    public ProviderEligibility apply(IntegrationEvent event) {
        return switch (event) {
            case ProviderApproved approved -> approval != null && isStale(approved.occurredAt(), approval.occurredAt()) ? this
                    : new ProviderEligibility(providerId, new Approval(approved.applicationId(),
                            new LinkedHashSet<>(approved.approvedCategoryIds()), approved.occurredAt()),
                    store, merchantAccounts, deposit);
            case StorePublished published -> store != null && isStale(published.occurredAt(), store.occurredAt()) ? this
                    : new ProviderEligibility(providerId, approval,
                    new StorePublication(published.revision(), published.occurredAt()), merchantAccounts, deposit);
            case MerchantActivated activated -> {
                MerchantAccount known = merchantAccounts.get(activated.channel());
                if (known != null && isStale(activated.occurredAt(), known.occurredAt())) {
                    yield this;
                }
                Map<MerchantChannel, MerchantAccount> accounts = new EnumMap<>(MerchantChannel.class);
                accounts.putAll(merchantAccounts);
                accounts.put(activated.channel(),
                        new MerchantAccount(activated.channel(), activated.merchantId(), activated.occurredAt()));
                yield new ProviderEligibility(providerId, approval, store, accounts, deposit);
            }
            case DepositPaid paid -> withDeposit(new Deposit(DepositStatus.PAID, paid.requiredFen(), paid.paidFen(),
                    paid.occurredAt()));
            case DepositShortfall shortfall -> withDeposit(new Deposit(DepositStatus.SHORTFALL, shortfall.requiredFen(),
                    shortfall.paidFen(), shortfall.occurredAt()));
            default -> this;
        };
    }

    private ProviderEligibility withDeposit(Deposit reported) {
        if (deposit != null && isStale(reported.occurredAt(), deposit.occurredAt())) {
            return this;
        }
        return new ProviderEligibility(providerId, approval, store, merchantAccounts, reported);
    }

    /**
     * Older than what is known. At the same instant the later delivery wins: one provider's
     * events of one topic arrive in order (the key is the provider id).
     */
    private static boolean isStale(Instant reported, Instant known) {
        return reported.isBefore(known);
    }
}
