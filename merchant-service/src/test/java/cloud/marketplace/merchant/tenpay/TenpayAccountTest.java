package cloud.marketplace.merchant.tenpay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cloud.marketplace.contracts.events.IntegrationEvent;
import cloud.marketplace.contracts.events.MerchantActivated;
import cloud.marketplace.contracts.events.MerchantVerificationKind;
import cloud.marketplace.contracts.events.MerchantVerificationRequired;
import cloud.marketplace.merchant.Fixtures;
import cloud.marketplace.platform.web.ProblemException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TenpayAccountTest {

    private static final Instant NOW = Fixtures.NOW;
    private static final BankAccount BANK = new BankAccount(BankAccount.CORPORATE, "招商银行", "深圳", "招商银行深圳科技园支行",
            Fixtures.BANK_ACCOUNT, true);

    @Test
    void walksFromRegistrationToActive() {
        TenpayAccount account = registered();
        assertThat(account.status()).isEqualTo(TenpayAccountStatus.SUBMITTED);
        assertThat(account.adminConfirmUrl()).isEqualTo("https://tenpay.example/confirm/1");

        assertThat(account.partnerReported(status(TenpayState.DOCUMENT_REVIEW), NOW)).isEmpty();
        assertThat(account.partnerReported(status(TenpayState.ACTIVATION), NOW)).isEmpty();
        assertThat(account.bankAccountGoesToPartner()).isTrue();
        account.bankAccountAccepted(BANK, TenpayState.BANK_ACCOUNT_VERIFYING);

        List<IntegrationEvent> deposit = account.partnerReported(status(TenpayState.AMOUNT_VERIFICATION), NOW);
        assertThat(account.status()).isEqualTo(TenpayAccountStatus.AMOUNT_VERIFICATION);
        assertThat(deposit).singleElement().isInstanceOfSatisfying(MerchantVerificationRequired.class,
                event -> assertThat(event.kind()).isEqualTo(MerchantVerificationKind.MICRO_DEPOSIT));

        List<IntegrationEvent> sign = account.amountChecked(new AmountCheck(AmountCheck.Result.VERIFIED, 3, TenpayState.SIGNING,
                "https://tenpay.example/sign/1"), NOW);
        assertThat(account.status()).isEqualTo(TenpayAccountStatus.SIGNING);
        assertThat(account.signUrl()).isEqualTo("https://tenpay.example/sign/1");
        assertThat(sign).singleElement().isInstanceOfSatisfying(MerchantVerificationRequired.class,
                event -> assertThat(event.kind()).isEqualTo(MerchantVerificationKind.SIGNING));

        List<IntegrationEvent> active = account.partnerReported(new TenpayStatus(TenpayState.ACTIVE, null, null, null, "T100200300",
                null, null, List.of()), NOW);
        assertThat(active).singleElement().isInstanceOf(MerchantActivated.class);
        assertThat(account.merchantId()).isEqualTo("T100200300");
    }

    @Test
    void threeWrongAmountsLockTheVerificationUntilTheBankAccountIsSentAgain() {
        TenpayAccount account = awaitingAmount();

        account.amountChecked(mismatch(2), NOW);
        assertThat(account.wrongAmount().status()).isEqualTo(422);
        assertThat(account.wrongAmount().properties()).containsEntry("attemptsLeft", 2);
        account.amountChecked(mismatch(1), NOW);
        assertThat(account.amountAttemptsLeft()).isEqualTo(1);
        assertThat(account.amountLocked()).isFalse();

        account.amountChecked(mismatch(0), NOW);
        assertThat(account.amountLocked()).isTrue();
        assertThat(account.amountAttemptsLeft()).isZero();
        ProblemException locked = account.wrongAmount();
        assertThat(locked.status()).isEqualTo(409);
        assertThat(locked.typeSlug()).isEqualTo(TenpayAccount.AMOUNT_LOCKED);
        assertThat(locked.getMessage()).contains("locked", "bank-account", "new random amount");
        assertThatThrownBy(account::requireAwaitingAmount).isInstanceOf(ProblemException.class)
                .hasMessageContaining("To restart");

        assertThat(account.bankAccountGoesToPartner()).isTrue();
        account.bankAccountAccepted(BANK, TenpayState.BANK_ACCOUNT_VERIFYING);
        assertThat(account.status()).isEqualTo(TenpayAccountStatus.ACTIVATION);
        assertThat(account.amountAttemptsLeft()).isEqualTo(3);
        assertThat(account.amountLocked()).isFalse();
    }

    @Test
    void ourCountLocksAfterThreeMismatchesEvenIfThePartnerCountsMoreGenerously() {
        TenpayAccount account = awaitingAmount();
        for (int i = 0; i < 3; i++) {
            account.amountChecked(mismatch(5), NOW);
        }
        assertThat(account.amountLocked()).isTrue();
    }

    @Test
    void aBankAccountAcceptedAfterPollingSawTheNewDepositLeavesTheAccountWaitingForTheAmount() {
        TenpayAccount account = awaitingAmount();
        account.bankAccountAccepted(BANK, TenpayState.BANK_ACCOUNT_VERIFYING);
        assertThat(account.status()).isEqualTo(TenpayAccountStatus.AMOUNT_VERIFICATION);
        assertThat(account.bankAccountSubmitted()).isTrue();
        assertThat(account.amountAttemptsLeft()).isEqualTo(3);
    }

    @Test
    void theBankAccountCannotChangeWhileAnAmountIsAwaitedAndNotLocked() {
        TenpayAccount account = awaitingAmount();
        assertThatThrownBy(() -> account.keepBankAccount(BANK)).isInstanceOf(ProblemException.class)
                .hasMessageContaining("enter the amount");
    }

    @Test
    void beforeActivationTheBankAccountIsOnlyKept() {
        TenpayAccount draft = TenpayAccount.draft("t-0", "p-1", Fixtures.company(), new TenpayForm(Fixtures.superAdmin(),
                Fixtures.legalRepresentative()), NOW);
        assertThat(draft.bankAccountGoesToPartner()).isFalse();
        draft.keepBankAccount(BANK);
        assertThat(draft.bankAccount()).isEqualTo(BANK);
        assertThat(draft.bankAccountSubmitted()).isFalse();
    }

    private static TenpayAccount registered() {
        TenpayAccount account = TenpayAccount.draft("t-1", "p-1", Fixtures.company(), new TenpayForm(Fixtures.superAdmin(),
                Fixtures.legalRepresentative()), NOW);
        account.submitted(new TenpayRegistration("TA-1", TenpayState.REGISTERED, "https://tenpay.example/confirm/1"), NOW);
        return account;
    }

    private static TenpayAccount awaitingAmount() {
        TenpayAccount account = registered();
        account.partnerReported(status(TenpayState.ACTIVATION), NOW);
        account.bankAccountAccepted(BANK, TenpayState.BANK_ACCOUNT_VERIFYING);
        account.partnerReported(status(TenpayState.AMOUNT_VERIFICATION), NOW);
        return account;
    }

    private static AmountCheck mismatch(int attemptsLeft) {
        return new AmountCheck(AmountCheck.Result.MISMATCH, attemptsLeft, TenpayState.AMOUNT_VERIFICATION, null);
    }

    private static TenpayStatus status(TenpayState state) {
        return new TenpayStatus(state, null, null, null, null, null, null, List.of());
    }
}
