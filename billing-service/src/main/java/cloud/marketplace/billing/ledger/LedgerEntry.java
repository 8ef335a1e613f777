package cloud.marketplace.billing.ledger;

import java.time.Instant;

/** One movement of a provider's money. Entries are never changed; a balance is the sum of {@code netFen}. */
record LedgerEntry(String providerId, EntryKind kind, String orderId, String productId, long grossFen, long feeFen,
                   long netFen, Integer rateBasisPoints, Instant occurredAt, Instant availableAt, String eventId,
                   String withdrawalId) {
}
