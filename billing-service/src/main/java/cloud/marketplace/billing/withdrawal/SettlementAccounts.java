package cloud.marketplace.billing.withdrawal;

import java.util.Optional;

/**
 * Where a provider's earnings go: asked of merchant-service at the moment of the withdrawal.
 * Empty when the provider has no active merchant account; a 503 problem when merchant-service
 * cannot answer.
 */
public interface SettlementAccounts {

    Optional<SettlementAccount> activeFor(String providerId);
}
