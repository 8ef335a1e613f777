package cloud.marketplace.sandbox.payments;

import cloud.marketplace.sandbox.autopilot.Autopilot;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * The payments and payouts the three channels hold (in memory). With the autopilot on, a new
 * payment is paid (or failed, or left to expire — see {@link #autopilotOutcome}) one autopilot
 * step after it was created, and its notification sent.
 */
@Component
class ChannelPayments implements AutoCloseable {

    enum AutopilotOutcome { PAID, FAILED, NONE }

    enum PayoutOutcome { SUCCESS, PROCESSING, FAILED }

    private final Map<String, ChannelPayment> payments = new ConcurrentHashMap<>();
    private final Map<String, Payout> payouts = new ConcurrentHashMap<>();
    private final Notifier notifier;
    private final Autopilot autopilot;
    private final Clock clock;
    private final ScheduledExecutorService steps = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("payments-autopilot").daemon().factory());
    private volatile AutopilotOutcome autopilotOutcome = AutopilotOutcome.PAID;
    private volatile PayoutOutcome payoutOutcome = PayoutOutcome.SUCCESS;

    ChannelPayments(Notifier notifier, Autopilot autopilot, Optional<Clock> clock) {
        this.notifier = notifier;
        this.autopilot = autopilot;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Creates the payment; the same merchant order number again answers the payment it already names. */
    ChannelPayment create(Channel channel, String outTradeNo, String merchantId, long amountFen, String description,
                          String notifyUrl, Instant expiresAt) {
        Instant now = clock.instant();
        ChannelPayment created = new ChannelPayment(channel, outTradeNo, merchantId, amountFen, description, notifyUrl,
                expiresAt == null ? now.plus(Duration.ofHours(2)) : expiresAt, now, ChannelPayment.NOT_PAID, null, null);
        ChannelPayment existing = payments.putIfAbsent(outTradeNo, created);
        if (existing != null) {
            return existing;
        }
        if (autopilot.enabled()) {
            steps.schedule(() -> autopilotStep(outTradeNo), autopilot.settings().stepDelayMs(), TimeUnit.MILLISECONDS);
        }
        return created;
    }

    private void autopilotStep(String outTradeNo) {
        if (!autopilot.enabled()) {
            return;
        }
        switch (autopilotOutcome) {
            case PAID -> pay(outTradeNo);
            case FAILED -> fail(outTradeNo);
            case NONE -> {
                // left open: the payer never pays; billing closes it when it expires
            }
        }
    }

    /** The payment, closed if it expired unpaid (as the channels close expired orders). */
    Optional<ChannelPayment> find(Channel channel, String outTradeNo) {
        return Optional.ofNullable(payments.computeIfPresent(outTradeNo, (no, payment) ->
                        payment.open() && clock.instant().isAfter(payment.expiresAt())
                                ? payment.with(ChannelPayment.CLOSED, null, null) : payment))
                .filter(payment -> payment.channel() == channel);
    }

    Optional<ChannelPayment> find(String outTradeNo) {
        return Optional.ofNullable(payments.get(outTradeNo)).flatMap(payment -> find(payment.channel(), outTradeNo));
    }

    List<ChannelPayment> all() {
        return payments.values().stream().sorted(Comparator.comparing(ChannelPayment::createdAt).reversed()).toList();
    }

    /** The payer pays: the payment succeeds and its notification goes out. */
    Optional<ChannelPayment> pay(String outTradeNo) {
        return transition(outTradeNo, ChannelPayment.PAID, true);
    }

    /** The payment fails at the channel (a refused card, a bank error) and the failure is notified. */
    Optional<ChannelPayment> fail(String outTradeNo) {
        return transition(outTradeNo, ChannelPayment.FAILED, true);
    }

    /** The payer never pays: the channel closes the payment, without a notification. */
    Optional<ChannelPayment> close(String outTradeNo) {
        return transition(outTradeNo, ChannelPayment.CLOSED, false);
    }

    /** Sends the notification of the payment's current state again (a duplicate, with a fresh nonce). */
    Optional<ChannelPayment> renotify(String outTradeNo) {
        Optional<ChannelPayment> payment = find(outTradeNo).filter(p -> !p.open());
        payment.ifPresent(notifier::notifyAsync);
        return payment;
    }

    private Optional<ChannelPayment> transition(String outTradeNo, String state, boolean notify) {
        ChannelPayment[] changed = new ChannelPayment[1];
        ChannelPayment after = payments.computeIfPresent(outTradeNo, (no, payment) -> {
            if (!payment.open()) {
                return payment;
            }
            Instant now = clock.instant();
            ChannelPayment next = ChannelPayment.PAID.equals(state)
                    ? payment.with(state, transactionId(payment.channel()), now) : payment.with(state, null, null);
            changed[0] = next;
            return next;
        });
        if (changed[0] != null && notify) {
            notifier.notifyAsync(changed[0]);
        }
        return Optional.ofNullable(after);
    }

    private static String transactionId(Channel channel) {
        long digits = ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L);
        return switch (channel) {
            case WECHAT_PAY -> "4200002026" + digits;
            case QQ_PAY -> "qq" + digits;
            case ONLINE_BANKING -> "B" + digits;
        };
    }

    /** A payout of earnings; the same request number again answers the payout it already names. */
    Payout payout(Channel channel, String requestNo, String merchantId, long amountFen, String accountNumber) {
        return payouts.computeIfAbsent(requestNo, no -> {
            PayoutOutcome outcome = payoutOutcome;
            long digits = ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L);
            return new Payout(channel, requestNo, merchantId, amountFen, accountNumber, outcome.name(),
                    channel == Channel.WECHAT_PAY ? "W" + digits : "B" + digits,
                    outcome == PayoutOutcome.FAILED ? "the sandbox was told to refuse payouts" : null, clock.instant());
        });
    }

    Optional<Payout> findPayout(String requestNo) {
        return Optional.ofNullable(payouts.get(requestNo));
    }

    List<Payout> allPayouts() {
        return payouts.values().stream().sorted(Comparator.comparing(Payout::createdAt).reversed()).toList();
    }

    /** Settles a payout that was left processing. */
    Optional<Payout> settlePayout(String requestNo, PayoutOutcome outcome) {
        return Optional.ofNullable(payouts.computeIfPresent(requestNo, (no, payout) -> new Payout(payout.channel(),
                payout.requestNo(), payout.merchantId(), payout.amountFen(), payout.accountNumber(), outcome.name(),
                payout.reference(), outcome == PayoutOutcome.FAILED ? "refused by the sandbox" : null, payout.createdAt())));
    }

    AutopilotOutcome autopilotOutcome() {
        return autopilotOutcome;
    }

    void autopilotOutcome(AutopilotOutcome outcome) {
        this.autopilotOutcome = outcome;
    }

    PayoutOutcome payoutOutcome() {
        return payoutOutcome;
    }

    void payoutOutcome(PayoutOutcome outcome) {
        this.payoutOutcome = outcome;
    }

    Notifier notifier() {
        return notifier;
    }

    @Override
    public void close() {
        steps.shutdownNow();
    }
}
