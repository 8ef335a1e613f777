package cloud.marketplace.billing.deposit;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.marketplace.contracts.events.DepositPaid;
import cloud.marketplace.contracts.events.DepositShortfall;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DepositAccountTest {

    private static final Instant OPENED = Instant.parse("2026-03-01T02:00:00Z");
    private static final Instant LATER = Instant.parse("2026-03-05T02:00:00Z");

    private static DepositAccount opened() {
        return DepositAccount.open("p-1", 500000, OPENED);
    }

    @Test
    void aNewAccountIsUnpaidAndPublishesNothing() {
        DepositAccount account = opened();

        assertThat(account.status()).isEqualTo(DepositStatus.UNPAID);
        assertThat(account.shortfallFen()).isEqualTo(500000);
        assertThat(account.atTier()).isFalse();
    }

    @Test
    void reachingTheTierMakesItPaidAndSaysSo() {
        DepositAccount.Change change = opened().credit(500000, LATER);

        assertThat(change.after().status()).isEqualTo(DepositStatus.PAID);
        assertThat(change.after().statusSince()).isEqualTo(LATER);
        assertThat(change.event()).get().isInstanceOfSatisfying(DepositPaid.class, paid -> {
            assertThat(paid.paidFen()).isEqualTo(500000);
            assertThat(paid.requiredFen()).isEqualTo(500000);
        });
    }

    @Test
    void aPartPaymentLeavesItShortAndSaysSo() {
        DepositAccount.Change change = opened().credit(300000, LATER);

        assertThat(change.after().status()).isEqualTo(DepositStatus.SHORTFALL);
        assertThat(change.event()).get().isInstanceOfSatisfying(DepositShortfall.class, shortfall -> {
            assertThat(shortfall.shortfallFen()).isEqualTo(200000);
            assertThat(shortfall.since()).isEqualTo(LATER);
        });
        DepositAccount.Change topUp = change.after().credit(200000, LATER.plusSeconds(60));
        assertThat(topUp.after().status()).isEqualTo(DepositStatus.PAID);
        assertThat(topUp.event()).get().isInstanceOf(DepositPaid.class);
    }

    @Test
    void aRaisedTierPutsAPaidAccountShortAndAnUnpaidOneStaysUnpaidQuietly() {
        DepositAccount paid = opened().credit(500000, LATER).after();

        DepositAccount.Change raised = paid.requireTier(600000, LATER.plusSeconds(60));
        assertThat(raised.after().status()).isEqualTo(DepositStatus.SHORTFALL);
        assertThat(raised.event()).get().isInstanceOfSatisfying(DepositShortfall.class,
                shortfall -> assertThat(shortfall.shortfallFen()).isEqualTo(100000));

        DepositAccount.Change unpaid = opened().requireTier(600000, LATER);
        assertThat(unpaid.after().status()).isEqualTo(DepositStatus.UNPAID);
        assertThat(unpaid.after().requiredFen()).isEqualTo(600000);
        assertThat(unpaid.event()).isEmpty();
    }

    @Test
    void aShortAccountWhoseTierRisesAgainIsToldTheNewShortfallButATopUpThatStaysShortIsNot() {
        DepositAccount short1 = opened().credit(300000, LATER).after();

        assertThat(short1.requireTier(700000, LATER).event()).get().isInstanceOfSatisfying(DepositShortfall.class,
                shortfall -> assertThat(shortfall.shortfallFen()).isEqualTo(400000));
        assertThat(short1.credit(100000, LATER).event()).isEmpty();
        assertThat(short1.requireTier(500000, LATER).changed()).isFalse();
    }

    @Test
    void aLoweredTierMakesAShortAccountPaid() {
        DepositAccount short1 = opened().credit(300000, LATER).after();

        DepositAccount.Change lowered = short1.requireTier(300000, LATER);

        assertThat(lowered.after().status()).isEqualTo(DepositStatus.PAID);
        assertThat(lowered.event()).get().isInstanceOf(DepositPaid.class);
    }
}
