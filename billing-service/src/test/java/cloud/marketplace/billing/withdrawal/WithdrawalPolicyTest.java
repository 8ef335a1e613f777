package cloud.marketplace.billing.withdrawal;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.marketplace.billing.deposit.DepositAccount;
import cloud.marketplace.billing.deposit.DepositStatus;
import cloud.marketplace.billing.withdrawal.WithdrawalBlock.Code;
import cloud.marketplace.contracts.events.MerchantChannel;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WithdrawalPolicyTest {

    private static final Instant AT = Instant.parse("2026-03-01T00:00:00Z");
    private static final Optional<SettlementAccount> ACCOUNT = Optional.of(new SettlementAccount("p-1", MerchantChannel.TENPAY,
            "m-1", "招商银行", "深圳测试科技有限公司", "755912345678901"));

    private static Optional<DepositAccount> deposit(long required, long paid) {
        DepositStatus status = paid >= required ? DepositStatus.PAID : paid == 0 ? DepositStatus.UNPAID : DepositStatus.SHORTFALL;
        return Optional.of(new DepositAccount("p-1", required, paid, status, AT, AT, 0));
    }

    private static List<Code> codes(List<WithdrawalBlock> blocks) {
        return blocks.stream().map(WithdrawalBlock::code).toList();
    }

    @Test
    void withEverythingInPlaceNothingBlocks() {
        assertThat(WithdrawalPolicy.blocks(deposit(500000, 500000), 500000, ACCOUNT, 1000, 1000)).isEmpty();
    }

    @Test
    void everyUnmetConditionIsNamed() {
        assertThat(codes(WithdrawalPolicy.blocks(Optional.empty(), 500000, Optional.empty(), 0, 1)))
                .containsExactly(Code.DEPOSIT_BELOW_TIER, Code.NO_ACTIVE_MERCHANT_ACCOUNT, Code.INSUFFICIENT_WITHDRAWABLE_BALANCE);
    }

    @Test
    void eachConditionBlocksAlone() {
        assertThat(codes(WithdrawalPolicy.blocks(deposit(500000, 499999), 500000, ACCOUNT, 1000, 1000)))
                .containsExactly(Code.DEPOSIT_BELOW_TIER);
        assertThat(codes(WithdrawalPolicy.blocks(deposit(500000, 500000), 500000, Optional.empty(), 1000, 1000)))
                .containsExactly(Code.NO_ACTIVE_MERCHANT_ACCOUNT);
        assertThat(codes(WithdrawalPolicy.blocks(deposit(500000, 500000), 500000, ACCOUNT, 999, 1000)))
                .containsExactly(Code.INSUFFICIENT_WITHDRAWABLE_BALANCE);
    }

    @Test
    void aTierInForceAboveWhatTheAccountKnowsBlocksAlready() {
        List<WithdrawalBlock> blocks = WithdrawalPolicy.blocks(deposit(500000, 500000), 600000, ACCOUNT, 1000, 1000);

        assertThat(codes(blocks)).containsExactly(Code.DEPOSIT_BELOW_TIER);
        assertThat(blocks.getFirst().message()).contains("100000 fen");
    }

    @Test
    void aNegativeBalanceAfterRefundsIsShownAsNothingWithdrawable() {
        assertThat(WithdrawalPolicy.blocks(deposit(500000, 500000), 500000, ACCOUNT, -500, 1).getFirst().message())
                .startsWith("Only 0 fen");
    }
}
