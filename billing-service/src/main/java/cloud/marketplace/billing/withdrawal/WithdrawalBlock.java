package cloud.marketplace.billing.withdrawal;

/** One reason a withdrawal cannot be made now. */
public record WithdrawalBlock(Code code, String message) {

    public enum Code {
        DEPOSIT_BELOW_TIER,
        NO_ACTIVE_MERCHANT_ACCOUNT,
        INSUFFICIENT_WITHDRAWABLE_BALANCE
    }
}
