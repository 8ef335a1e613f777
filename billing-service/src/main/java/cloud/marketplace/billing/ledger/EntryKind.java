package cloud.marketplace.billing.ledger;

public enum EntryKind {
    /** A completed order: gross = amount, fee = platform fee, net = the provider's share. */
    ORDER,
    /** A refund of (part of) an order: gross, fee and net negative, in proportion. */
    REFUND,
    /** Earnings paid out (net negative). */
    WITHDRAWAL,
    /** A failed payout given back (net positive). */
    WITHDRAWAL_REVERSAL
}
