package cloud.marketplace.billing.ledger;

import java.math.BigInteger;

/**
 * The platform fee (平台服务费) in integer fen: {@code basisPoints} of the order amount (1000 =
 * 10%), rounded half-up per order. A refund gives back fee and provider share in proportion,
 * never more than was charged, and the refund that empties the order gives back exactly what is
 * left, so no rounding residue stays behind.
 */
final class Commission {

    static final int ALL_BASIS_POINTS = 10_000;

    record Charge(long amountFen, long feeFen, long shareFen, int basisPoints) {
    }

    /** What a refund gives back: {@code refundFen} of the order, of which {@code feeFen} is fee and {@code shareFen} share. */
    record Reversal(long refundFen, long feeFen, long shareFen) {

        static final Reversal NONE = new Reversal(0, 0, 0);

        boolean isNone() {
            return refundFen == 0;
        }
    }

    static Charge charge(long amountFen, int basisPoints) {
        if (amountFen < 0) {
            throw new IllegalArgumentException("an order amount cannot be negative: " + amountFen);
        }
        if (basisPoints < 0 || basisPoints > ALL_BASIS_POINTS) {
            throw new IllegalArgumentException("a rate is 0..10000 basis points, was " + basisPoints);
        }
        long fee = halfUp(BigInteger.valueOf(amountFen).multiply(BigInteger.valueOf(basisPoints)), ALL_BASIS_POINTS);
        return new Charge(amountFen, fee, amountFen - fee, basisPoints);
    }

    /**
     * @param charge           the order as charged
     * @param refundedFen      refunded of it before (positive)
     * @param feeRefundedFen   fee given back before (positive)
     * @param refundFen        this refund as the order system reports it
     */
    static Reversal reverse(Charge charge, long refundedFen, long feeRefundedFen, long refundFen) {
        if (refundFen <= 0) {
            throw new IllegalArgumentException("a refund must be positive, was " + refundFen);
        }
        long refundable = charge.amountFen() - refundedFen;
        long refund = Math.min(refundFen, refundable);
        if (refund <= 0) {
            return Reversal.NONE;
        }
        long feeLeft = charge.feeFen() - feeRefundedFen;
        long shareLeft = refundable - feeLeft;
        long fee = refund == refundable ? feeLeft
                : Math.min(feeLeft, halfUp(BigInteger.valueOf(charge.feeFen()).multiply(BigInteger.valueOf(refund)),
                        charge.amountFen()));
        long share = refund - fee;
        if (share > shareLeft) {
            share = shareLeft;
            fee = refund - share;
        }
        return new Reversal(refund, fee, share);
    }

    /** numerator / denominator rounded half-up, for a non-negative numerator and a positive denominator. */
    static long halfUp(BigInteger numerator, long denominator) {
        BigInteger d = BigInteger.valueOf(denominator);
        return numerator.shiftLeft(1).add(d).divide(d.shiftLeft(1)).longValueExact();
    }

    private Commission() {
    }
}
