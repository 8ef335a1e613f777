package cloud.marketplace.billing.withdrawal;

import cloud.marketplace.billing.deposit.Deposits;
import cloud.marketplace.billing.ledger.Balance;
import cloud.marketplace.billing.ledger.CommissionLedger;
import cloud.marketplace.billing.withdrawal.PayoutChannel.PayoutOrder;
import cloud.marketplace.billing.withdrawal.PayoutChannel.PayoutResult;
import cloud.marketplace.billing.withdrawal.PayoutChannel.PayoutUnavailableException;
import cloud.marketplace.billing.withdrawal.PayoutChannel.SettlementAccountRef;
import cloud.marketplace.contracts.events.MerchantChannel;
import cloud.marketplace.contracts.events.WithdrawalCompleted;
import cloud.marketplace.platform.events.Outbox;
import cloud.marketplace.platform.sensitive.Masking;
import cloud.marketplace.platform.web.Page;
import cloud.marketplace.platform.web.PageQuery;
import cloud.marketplace.platform.web.ProblemException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Withdrawals of earnings. The settlement account is asked of merchant-service first (outside
 * any transaction; when it cannot answer, nothing is recorded). Then, with the provider's ledger
 * locked, every condition is checked and the amount is taken from the balance; the payout goes
 * through the channel of the merchant account after commit. A refused payout gives the amount back.
 */
@Service
public class Withdrawals {

    private static final Logger log = LoggerFactory.getLogger(Withdrawals.class);

    private final WithdrawalRepository repository;
    private final SettlementAccounts settlementAccounts;
    private final Map<MerchantChannel, PayoutChannel> payouts = new EnumMap<>(MerchantChannel.class);
    private final Deposits deposits;
    private final CommissionLedger ledger;
    private final Outbox outbox;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Withdrawals(WithdrawalRepository repository, SettlementAccounts settlementAccounts, List<PayoutChannel> payoutChannels,
                Deposits deposits, CommissionLedger ledger, Outbox outbox, PlatformTransactionManager transactionManager,
                Clock clock) {
        this.repository = repository;
        this.settlementAccounts = settlementAccounts;
        payoutChannels.forEach(channel -> payouts.put(channel.channel(), channel));
        this.deposits = deposits;
        this.ledger = ledger;
        this.outbox = outbox;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    public Withdrawal request(String providerId, long amountFen) {
        Optional<SettlementAccount> account = settlementAccounts.activeFor(providerId);
        Withdrawal withdrawal = transactions.execute(status -> {
            Balance balance = ledger.lockForWithdrawal(providerId);
            List<WithdrawalBlock> blocks = WithdrawalPolicy.blocks(deposits.find(providerId),
                    deposits.tierInForce().amountFen(), account, balance.withdrawableFen(), amountFen);
            if (!blocks.isEmpty()) {
                throw ProblemException.unprocessable("withdrawal-blocked", blocks.size() == 1 ? blocks.getFirst().message()
                                : blocks.size() + " conditions of a withdrawal are not met.")
                        .with("blockedBy", blocks);
            }
            SettlementAccount to = account.orElseThrow();
            Withdrawal created = new Withdrawal(UUID.randomUUID().toString().replace("-", ""), providerId, amountFen,
                    WithdrawalStatus.PROCESSING, to.channel(), to.merchantId(), to.bankName(), to.accountName(),
                    to.accountNumber() == null ? null : Masking.mask(to.accountNumber()), null, null, clock.instant(), null);
            repository.insert(created);
            ledger.recordWithdrawal(providerId, created.id(), amountFen);
            return created;
        });
        PayoutResult result;
        try {
            result = payoutChannel(withdrawal.channel()).payout(new PayoutOrder(withdrawal.id(), amountFen, account.get()));
        } catch (PayoutUnavailableException e) {
            log.warn("Payout of withdrawal {} has no answer yet ({}); it will be checked again", withdrawal.id(),
                    e.getMessage());
            return withdrawal;
        }
        return settle(withdrawal.id(), result);
    }

    /** Withdrawals whose payout had no answer: the channel is asked what became of them. */
    public int reconcile(Duration olderThan) {
        int settled = 0;
        for (Withdrawal withdrawal : repository.processingBefore(clock.instant().minus(olderThan), 50)) {
            try {
                PayoutResult result = payoutChannel(withdrawal.channel())
                        .query(withdrawal.id(), new SettlementAccountRef(withdrawal.merchantId()));
                if (result.state() != PayoutChannel.PayoutState.PROCESSING) {
                    settle(withdrawal.id(), result);
                    settled++;
                }
            } catch (PayoutUnavailableException e) {
                log.warn("Withdrawal {} stays processing: {}", withdrawal.id(), e.getMessage());
            }
        }
        return settled;
    }

    private Withdrawal settle(String id, PayoutResult result) {
        return transactions.execute(status -> {
            Withdrawal withdrawal = repository.lock(id).orElseThrow();
            if (withdrawal.status() != WithdrawalStatus.PROCESSING) {
                return withdrawal;
            }
            Instant now = clock.instant();
            switch (result.state()) {
                case SUCCEEDED -> {
                    repository.finish(id, WithdrawalStatus.COMPLETED, result.reference(), null, now);
                    outbox.publish(WithdrawalCompleted.of(now, withdrawal.providerId(), id, withdrawal.amountFen(), now));
                    log.info("Withdrawal {} of {} fen paid out to provider {}", id, withdrawal.amountFen(),
                            withdrawal.providerId());
                }
                case FAILED -> {
                    repository.finish(id, WithdrawalStatus.FAILED, result.reference(), result.failure(), now);
                    ledger.reverseWithdrawal(withdrawal.providerId(), id, withdrawal.amountFen());
                    log.warn("Payout of withdrawal {} refused: {}; the amount is back in the balance", id, result.failure());
                }
                case PROCESSING -> {
                    // the channel has it; the reconciliation asks again later
                }
            }
            return repository.find(id).orElseThrow();
        });
    }

    private PayoutChannel payoutChannel(MerchantChannel channel) {
        PayoutChannel payout = payouts.get(channel);
        if (payout == null) {
            throw new IllegalStateException("no payout channel for " + channel);
        }
        return payout;
    }

    public Page<Withdrawal> list(String providerId, PageQuery page) {
        return page.page(repository.page(providerId, page.offset(), page.sizeOrDefault()), repository.count(providerId));
    }

    public Withdrawal get(String providerId, String id) {
        return repository.find(id).filter(w -> w.providerId().equals(providerId))
                .orElseThrow(() -> ProblemException.notFound("No withdrawal " + id + "."));
    }
}
