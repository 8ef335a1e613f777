package cloud.marketplace.billing.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cloud.marketplace.billing.ledger.Commission.Charge;
import cloud.marketplace.billing.ledger.Commission.Reversal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommissionTest {

    private static final int TEN_PERCENT = 1000;

    @ParameterizedTest(name = "{0} fen → fee {1}, share {2}")
    @CsvSource({
            "0, 0, 0",
            "1, 0, 1",        // 0.1 rounds down
            "4, 0, 4",        // 0.4
            "5, 1, 4",        // 0.5 rounds half up
            "6, 1, 5",
            "14, 1, 13",      // 1.4
            "15, 2, 13",      // 1.5
            "99, 10, 89",     // 9.9
            "10005, 1001, 9004",
            "10004, 1000, 9004",
            "12345, 1235, 11110",
            "500000, 50000, 450000",
            "999999999999, 100000000000, 899999999999"})
    void theFeeIsTenPercentRoundedHalfUpToTheFen(long amount, long fee, long share) {
        Charge charge = Commission.charge(amount, TEN_PERCENT);

        assertThat(charge.feeFen()).isEqualTo(fee);
        assertThat(charge.shareFen()).isEqualTo(share);
        assertThat(charge.feeFen() + charge.shareFen()).isEqualTo(amount);
    }

    @Test
    void otherRatesRoundTheSameWay() {
        assertThat(Commission.charge(10, 500).feeFen()).isEqualTo(1);      // 0.5
        assertThat(Commission.charge(9, 500).feeFen()).isZero();           // 0.45
        assertThat(Commission.charge(3, 10_000).feeFen()).isEqualTo(3);
        assertThat(Commission.charge(3, 0).feeFen()).isZero();
        assertThatThrownBy(() -> Commission.charge(3, 10_001)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Commission.charge(-1, 1000)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRefundOfEverythingGivesBackFeeAndShareExactly() {
        Charge charge = Commission.charge(15, TEN_PERCENT);

        Reversal all = Commission.reverse(charge, 0, 0, 15);

        assertThat(all).isEqualTo(new Reversal(15, 2, 13));
    }

    @Test
    void aPartialRefundGivesBackTheFeeInProportionRoundedHalfUp() {
        Charge charge = Commission.charge(12345, TEN_PERCENT);   // fee 1235

        assertThat(Commission.reverse(charge, 0, 0, 2345)).isEqualTo(new Reversal(2345, 235, 2110));   // 234.59
        assertThat(Commission.reverse(charge, 0, 0, 5)).isEqualTo(new Reversal(5, 1, 4));              // 0.50020...
        assertThat(Commission.reverse(charge, 0, 0, 4)).isEqualTo(new Reversal(4, 0, 4));              // 0.40016...
        assertThat(Commission.reverse(Commission.charge(10, TEN_PERCENT), 0, 0, 5)).isEqualTo(new Reversal(5, 1, 4)); // 0.5
    }

    @Test
    void refundsInPartsNeverGiveBackMoreThanWasChargedAndTheLastTakesWhatIsLeft() {
        Charge charge = Commission.charge(100, TEN_PERCENT);    // fee 10

        Reversal first = Commission.reverse(charge, 0, 0, 33);                 // 3.3 → 3
        Reversal second = Commission.reverse(charge, 33, 3, 33);               // 3
        Reversal last = Commission.reverse(charge, 66, 6, 50);                 // only 34 left: the remaining 4
        Reversal beyond = Commission.reverse(charge, 100, 10, 1);

        assertThat(first).isEqualTo(new Reversal(33, 3, 30));
        assertThat(second).isEqualTo(new Reversal(33, 3, 30));
        assertThat(last).isEqualTo(new Reversal(34, 4, 30));
        assertThat(beyond.isNone()).isTrue();
        assertThat(first.feeFen() + second.feeFen() + last.feeFen()).isEqualTo(charge.feeFen());
        assertThat(first.shareFen() + second.shareFen() + last.shareFen()).isEqualTo(charge.shareFen());
    }

    @Test
    void oneFenRefundsOfAFeeThatRoundedUpNeverOvershootTheFee() {
        Charge charge = Commission.charge(5, TEN_PERCENT);       // fee 1 (0.5), share 4
        long refunded = 0;
        long feeBack = 0;
        long shareBack = 0;
        for (int i = 0; i < 5; i++) {
            Reversal one = Commission.reverse(charge, refunded, feeBack, 1);
            refunded += one.refundFen();
            feeBack += one.feeFen();
            shareBack += one.shareFen();
            assertThat(feeBack).isLessThanOrEqualTo(charge.feeFen());
            assertThat(shareBack).isLessThanOrEqualTo(charge.shareFen());
        }
        assertThat(refunded).isEqualTo(5);
        assertThat(feeBack).isEqualTo(1);
        assertThat(shareBack).isEqualTo(4);
    }

    @Test
    void aRefundOfAZeroOrderChangesNothing() {
        assertThat(Commission.reverse(Commission.charge(0, TEN_PERCENT), 0, 0, 10).isNone()).isTrue();
    }
}
