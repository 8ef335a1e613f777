package cloud.marketplace.merchant.tenpay;

/** Tenpay's answer to an entered micro-deposit amount. */
public record AmountCheck(Result result, int attemptsLeft, TenpayState state, String signUrl) {

    public enum Result { VERIFIED, MISMATCH, LOCKED }
}
