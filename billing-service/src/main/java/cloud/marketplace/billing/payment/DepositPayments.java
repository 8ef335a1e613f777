package cloud.marketplace.billing.payment;

import cloud.marketplace.billing.deposit.DepositAccount;
import cloud.marketplace.billing.deposit.Deposits;
import cloud.marketplace.billing.payment.NotificationCheck.Rejected;
import cloud.marketplace.billing.payment.NotificationCheck.Verified;
import cloud.marketplace.billing.payment.PaymentChannel.ChannelException;
import cloud.marketplace.billing.payment.PaymentChannel.ChannelOrder;
import cloud.marketplace.billing.payment.PaymentChannel.ChannelOutcome;
import cloud.marketplace.billing.payment.PaymentChannel.ChannelPaymentState;
import cloud.marketplace.platform.web.Page;
import cloud.marketplace.platform.web.PageQuery;
import cloud.marketplace.platform.web.ProblemException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Paying the deposit. A payment is reserved in the database (the amount still missing; one
 * pending payment per provider), then created with the channel outside any transaction, and
 * completed only by the channel's verified notification — or by the channel's own answer when
 * an overdue payment is checked before it is closed.
 */
@Service
public class DepositPayments {

    private static final Logger log = LoggerFactory.getLogger(DepositPayments.class);
    private static final String DESCRIPTION = "云市场服务商保证金 Marketplace provider deposit";

    private final PaymentRepository repository;
    private final PaymentChannels channels;
    private final Deposits deposits;
    private final TransactionTemplate transactions;
    private final PaymentProperties properties;
    private final Clock clock;

    DepositPayments(PaymentRepository repository, PaymentChannels channels, Deposits deposits,
                    PlatformTransactionManager transactionManager, PaymentProperties properties, Clock clock) {
        this.repository = repository;
        this.channels = channels;
        this.deposits = deposits;
        this.transactions = new TransactionTemplate(transactionManager);
        this.properties = properties;
        this.clock = clock;
    }

    public DepositPayment start(String providerId, String methodName) {
        PaymentMethod method = PaymentMethod.named(methodName).orElseThrow(() -> ProblemException.unprocessable(
                        "unsupported-payment-method", "The deposit can be paid only by WeChat Pay, QQ Pay or online banking ("
                                + String.join(", ", PaymentMethod.acceptedNames()) + "); '" + methodName
                                + "' is not accepted (corporate transfer and account balance are not).")
                .with("acceptedMethods", PaymentMethod.acceptedNames()));
        DepositPayment reserved = transactions.execute(status -> reserve(providerId, method));
        String payUrl;
        try {
            payUrl = channels.of(method).create(
                    new ChannelOrder(reserved.id(), reserved.amountFen(), DESCRIPTION, reserved.expiresAt()));
        } catch (ChannelException e) {
            log.warn("Payment {} could not be created with {}: {}", reserved.id(), method, e.getMessage());
            transactions.executeWithoutResult(status ->
                    repository.close(reserved.id(), PaymentStatus.FAILED, "channel: " + e.getMessage(), clock.instant()));
            if (e.unavailable()) {
                throw ProblemException.unavailable("The " + method + " payment channel", Duration.ofSeconds(30));
            }
            throw new ProblemException(502, "payment-channel-refused", "Bad gateway",
                    "The " + method + " payment channel refused the payment; nothing was charged.");
        }
        transactions.executeWithoutResult(status -> repository.attachPayUrl(reserved.id(), payUrl));
        return repository.find(reserved.id()).orElseThrow();
    }

    private DepositPayment reserve(String providerId, PaymentMethod method) {
        DepositAccount account = deposits.lock(providerId).orElseThrow(() -> ProblemException.notFound(
                "No deposit account for provider " + providerId + ": accounts are opened when a provider is approved."));
        if (account.shortfallFen() == 0) {
            throw ProblemException.conflict("deposit-already-paid", "The deposit paid (" + account.paidFen()
                    + " fen) already reaches the tier of " + account.requiredFen() + " fen; there is nothing to pay.");
        }
        repository.findPending(providerId).ifPresent(pending -> {
            throw pendingConflict(pending);
        });
        Instant now = clock.instant();
        DepositPayment payment = new DepositPayment(UUID.randomUUID().toString().replace("-", ""), providerId, method,
                account.shortfallFen(), PaymentStatus.PENDING, null, null, null, now, now.plus(properties.ttl()), null, null);
        try {
            repository.insert(payment);
        } catch (DuplicateKeyException e) {
            throw repository.findPending(providerId).map(DepositPayments::pendingConflict).orElseThrow(() -> e);
        }
        return payment;
    }

    private static ProblemException pendingConflict(DepositPayment pending) {
        return ProblemException.conflict("payment-pending", "Payment " + pending.id() + " of " + pending.amountFen()
                        + " fen by " + pending.method() + " is still pending until " + pending.expiresAt()
                        + "; pay it, or start another once it has expired.")
                .with("paymentId", pending.id());
    }

    public Page<DepositPayment> list(String providerId, PageQuery page) {
        return page.page(repository.page(providerId, page.offset(), page.sizeOrDefault()), repository.count(providerId));
    }

    /**
     * A channel's notification: verified (signature, timestamp, shape) before anything is read
     * from the database, then its nonce is kept (a replay changes nothing), and only a payment
     * of ours, of this channel and of exactly this amount is completed.
     */
    public NotificationVerdict receive(PaymentMethod method, SignedNotification notification) {
        NotificationCheck check = channels.of(method).verify(notification);
        return switch (check) {
            case Rejected rejected -> {
                log.warn("Rejected {} notification: {} ({})", method, rejected.verdict(), rejected.reason());
                yield rejected.verdict();
            }
            case Verified verified -> transactions.execute(status -> {
                if (!repository.recordNotification(method, verified.nonce(), verified.notification(), clock.instant())) {
                    log.warn("Rejected {} notification: nonce {} was used before", method, verified.nonce());
                    return NotificationVerdict.REPLAYED;
                }
                NotificationVerdict verdict = settle(method, verified.notification());
                repository.notificationVerdict(method, verified.nonce(), verdict);
                return verdict;
            });
        };
    }

    private NotificationVerdict settle(PaymentMethod method, ChannelNotification notification) {
        Optional<DepositPayment> found = repository.lock(notification.paymentId()).filter(p -> p.method() == method);
        if (found.isEmpty()) {
            log.warn("{} reported payment {} that is not one of ours on this channel", method, notification.paymentId());
            return NotificationVerdict.UNKNOWN_PAYMENT;
        }
        DepositPayment payment = found.get();
        if (notification.amountFen() != payment.amountFen()) {
            log.error("{} reported {} fen for payment {} of {} fen: refused", method, notification.amountFen(),
                    payment.id(), payment.amountFen());
            return NotificationVerdict.AMOUNT_MISMATCH;
        }
        Instant now = clock.instant();
        return switch (notification.outcome()) {
            case PAID -> {
                if (payment.status() == PaymentStatus.PAID) {
                    yield NotificationVerdict.DUPLICATE;
                }
                repository.markPaid(payment.id(), notification.transactionId(),
                        notification.at() == null ? now : notification.at());
                DepositAccount account = deposits.credit(payment.providerId(), payment.amountFen());
                log.info("Deposit payment {} of {} fen paid by {}: provider {} is {}", payment.id(), payment.amountFen(),
                        method, payment.providerId(), account.status());
                yield NotificationVerdict.APPLIED;
            }
            case FAILED, CLOSED -> repository.close(payment.id(), PaymentStatus.FAILED,
                    "channel reported " + notification.outcome(), now) ? NotificationVerdict.APPLIED : NotificationVerdict.DUPLICATE;
            case NOT_PAID -> NotificationVerdict.DUPLICATE;
        };
    }

    /**
     * Closes the payments pending past their expiry. The channel is asked first: one that was
     * paid meanwhile is completed, not expired; one the channel cannot answer for is left for
     * the next round.
     */
    public int expireOverdue() {
        List<DepositPayment> due = repository.pendingDue(clock.instant(), 100);
        int settled = 0;
        for (DepositPayment payment : due) {
            PaymentChannel channel = channels.of(payment.method());
            try {
                ChannelPaymentState state = channel.query(payment.id());
                if (state.outcome() == ChannelOutcome.PAID) {
                    ChannelNotification paid = new ChannelNotification(payment.id(), state.transactionId(),
                            state.amountFen(), ChannelOutcome.PAID, state.paidAt());
                    NotificationVerdict verdict = transactions.execute(status -> settle(payment.method(), paid));
                    log.info("Overdue payment {} was paid at the channel: {}", payment.id(), verdict);
                } else {
                    if (state.outcome() == ChannelOutcome.NOT_PAID) {
                        channel.close(payment.id());
                    }
                    transactions.executeWithoutResult(status -> repository.close(payment.id(), PaymentStatus.EXPIRED,
                            "not paid before " + payment.expiresAt(), clock.instant()));
                    log.info("Payment {} expired unpaid ({} at the channel)", payment.id(), state.outcome());
                }
                settled++;
            } catch (ChannelException e) {
                log.warn("Overdue payment {} stays pending: {} did not answer ({})", payment.id(), payment.method(),
                        e.getMessage());
            }
        }
        return settled;
    }
}
