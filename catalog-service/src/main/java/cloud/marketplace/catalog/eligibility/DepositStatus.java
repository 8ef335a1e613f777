package cloud.marketplace.catalog.eligibility;

/** The provider's deposit as billing last reported it. */
public enum DepositStatus {
    /** The paid amount reached the tier in force ({@code DepositPaid}). */
    PAID,
    /** Something is held but less than the tier in force ({@code DepositShortfall}: a legacy deposit or a raised tier). */
    SHORTFALL
}
