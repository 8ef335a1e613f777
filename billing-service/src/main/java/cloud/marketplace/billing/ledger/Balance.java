package cloud.marketplace.billing.ledger;

/** A provider's earnings: pending (still in the review window) and withdrawable. */
public record Balance(String providerId, long pendingFen, long withdrawableFen) {

    public long totalFen() {
        return pendingFen + withdrawableFen;
    }
}
