package cloud.marketplace.billing.withdrawal;

import cloud.marketplace.billing.deposit.DepositAccount;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The conditions of a withdrawal, each a named rule, all evaluated: the deposit paid up to the
 * tier in force, an active merchant account to pay out to, and enough withdrawable earnings.
 */
final class WithdrawalPolicy {

    static List<WithdrawalBlock> blocks(Optional<DepositAccount> deposit, long tierInForceFen,
                                        Optional<SettlementAccount> account, long withdrawableFen, long amountFen) {
        List<WithdrawalBlock> blocks = new ArrayList<>(3);
        depositAtTier(deposit, tierInForceFen).ifPresent(blocks::add);
        activeMerchantAccount(account).ifPresent(blocks::add);
        enoughWithdrawable(withdrawableFen, amountFen).ifPresent(blocks::add);
        return blocks;
    }

    static Optional<WithdrawalBlock> depositAtTier(Optional<DepositAccount> deposit, long tierInForceFen) {
        long paid = deposit.map(DepositAccount::paidFen).orElse(0L);
        long required = Math.max(tierInForceFen, deposit.map(DepositAccount::requiredFen).orElse(0L));
        if (paid >= required) {
            return Optional.empty();
        }
        return Optional.of(new WithdrawalBlock(WithdrawalBlock.Code.DEPOSIT_BELOW_TIER, "The deposit paid (" + paid
                + " fen) is below the tier of " + required + " fen: top up " + (required - paid) + " fen first."));
    }

    static Optional<WithdrawalBlock> activeMerchantAccount(Optional<SettlementAccount> account) {
        return account.isPresent() ? Optional.empty() : Optional.of(new WithdrawalBlock(
                WithdrawalBlock.Code.NO_ACTIVE_MERCHANT_ACCOUNT,
                "No active merchant account (WeChat Pay or Tenpay) to pay the withdrawal out to."));
    }

    static Optional<WithdrawalBlock> enoughWithdrawable(long withdrawableFen, long amountFen) {
        return amountFen <= withdrawableFen ? Optional.empty() : Optional.of(new WithdrawalBlock(
                WithdrawalBlock.Code.INSUFFICIENT_WITHDRAWABLE_BALANCE, "Only " + Math.max(0, withdrawableFen)
                + " fen are withdrawable (earnings still in the review window are not), " + amountFen + " fen asked."));
    }

    private WithdrawalPolicy() {
    }
}
