package cloud.marketplace.billing.ledger;

import cloud.marketplace.platform.events.Outbox;
import cloud.marketplace.contracts.events.CommissionCharged;
import cloud.marketplace.contracts.events.IntegrationEvent;
import cloud.marketplace.contracts.events.OrderCompleted;
import cloud.marketplace.contracts.events.OrderRefunded;
import cloud.marketplace.platform.BusinessCalendar;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The commission ledger: completed orders are charged the platform fee and credited to the
 * provider, refunds reverse both in proportion, withdrawals take earnings out. Each movement is
 * one row; the same event twice, or the same order completed twice, changes nothing.
 */
@Service
public class CommissionLedger {

    private static final Logger log = LoggerFactory.getLogger(CommissionLedger.class);

    private final LedgerRepository repository;
    private final CommissionRates rates;
    private final CommissionProperties properties;
    private final Outbox outbox;
    private final Clock clock;

    CommissionLedger(LedgerRepository repository, CommissionRates rates, CommissionProperties properties, Outbox outbox,
                     Clock clock) {
        this.repository = repository;
        this.rates = rates;
        this.properties = properties;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Applies a batch of order events in one transaction. A completed order needs no processed
     * mark of its own: its ORDER row, unique per order id, is the mark — the same event again, or
     * the same order under a new event id, finds it and is skipped. Other events (refunds) are
     * marked in {@code processed_event} with one multi-row insert. Refunds are applied in their
     * place in the sequence, one by one.
     *
     * @return how many events were applied or skipped as already seen
     */
    @Transactional
    int applyBatch(List<ReceivedEvent> received) {
        Map<String, ReceivedEvent> byId = new LinkedHashMap<>();
        received.forEach(event -> byId.putIfAbsent(event.event().eventId(), event));
        Map<String, String> marks = new LinkedHashMap<>();
        byId.forEach((id, event) -> {
            if (!(event.event() instanceof OrderCompleted)) {
                marks.put(id, event.typeName());
            }
        });
        Set<String> seen = repository.processedAmong(marks.keySet());
        marks.keySet().removeAll(seen);
        byId.keySet().removeAll(seen);
        repository.markProcessed(marks, clock.instant());
        List<OrderCompleted> completions = new ArrayList<>();
        for (ReceivedEvent event : byId.values()) {
            switch (event.event()) {
                case OrderCompleted completed -> completions.add(completed);
                case OrderRefunded refunded -> {
                    charge(completions);
                    completions.clear();
                    refund(refunded);
                }
                default -> log.debug("Ignoring {} on the orders topic", event.typeName());
            }
        }
        charge(completions);
        return byId.size();
    }

    /** Applies one event inside the caller's (the inbox's) transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    void apply(IntegrationEvent event) {
        switch (event) {
            case OrderCompleted completed -> charge(List.of(completed));
            case OrderRefunded refunded -> refund(refunded);
            default -> log.debug("Ignoring {} on the orders topic", event.getClass().getSimpleName());
        }
    }

    private void charge(List<OrderCompleted> completions) {
        if (completions.isEmpty()) {
            return;
        }
        Set<String> charged = new HashSet<>(repository.chargedAmong(completions.stream().map(OrderCompleted::orderId).toList()));
        Instant now = clock.instant();
        List<LedgerEntry> entries = new ArrayList<>(completions.size());
        List<CommissionCharged> events = new ArrayList<>(completions.size());
        for (OrderCompleted order : completions) {
            if (!charged.add(order.orderId())) {
                log.warn("Order {} of provider {} was completed before; its commission stands", order.orderId(),
                        order.providerId());
                continue;
            }
            int basisPoints = rates.basisPointsAt(order.completedAt());
            Commission.Charge charge = Commission.charge(order.amountFen(), basisPoints);
            entries.add(new LedgerEntry(order.providerId(), EntryKind.ORDER, order.orderId(), order.productId(),
                    charge.amountFen(), charge.feeFen(), charge.shareFen(), basisPoints, order.completedAt(),
                    order.completedAt().plus(properties.reviewWindow()), order.eventId(), null));
            events.add(CommissionCharged.of(now, order.providerId(), order.orderId(), order.productId(), charge.amountFen(),
                    charge.feeFen(), charge.shareFen(), basisPoints, order.completedAt()));
        }
        repository.insertAll(entries, now);
        outbox.publishAll(events);
    }

    private void refund(OrderRefunded refund) {
        LedgerEntry order = repository.lockOrder(refund.orderId()).orElseThrow(() -> new IllegalStateException(
                "refund " + refund.eventId() + " of order " + refund.orderId() + " that was never completed here"));
        if (!order.providerId().equals(refund.providerId())) {
            throw new IllegalStateException("refund " + refund.eventId() + " names provider " + refund.providerId()
                    + " but order " + refund.orderId() + " belongs to " + order.providerId());
        }
        long[] before = repository.refundedOf(refund.orderId());
        Commission.Reversal reversal = Commission.reverse(
                new Commission.Charge(order.grossFen(), order.feeFen(), order.netFen(), order.rateBasisPoints()),
                before[0], before[1], refund.refundFen());
        if (reversal.refundFen() < refund.refundFen()) {
            log.warn("Refund {} of {} fen exceeds what is left of order {}; {} fen reversed", refund.eventId(),
                    refund.refundFen(), refund.orderId(), reversal.refundFen());
        }
        if (reversal.isNone()) {
            return;
        }
        // a refund reduces the same bucket as its order: pending while the order is, withdrawable after
        repository.insertAll(List.of(new LedgerEntry(order.providerId(), EntryKind.REFUND, order.orderId(),
                order.productId(), -reversal.refundFen(), -reversal.feeFen(), -reversal.shareFen(),
                order.rateBasisPoints(), refund.refundedAt(), order.availableAt(), refund.eventId(), null)), clock.instant());
    }

    public Balance balance(String providerId) {
        return repository.balance(providerId, clock.instant());
    }

    public Statement statement(String providerId, YearMonth month) {
        Instant from = month.atDay(1).atStartOfDay(BusinessCalendar.ZONE).toInstant();
        Instant until = month.plusMonths(1).atDay(1).atStartOfDay(BusinessCalendar.ZONE).toInstant();
        Map<EntryKind, Statement.Totals> totals = repository.totals(providerId, from, until);
        Statement.Totals orders = totals.getOrDefault(EntryKind.ORDER, Statement.Totals.NONE);
        Statement.Totals refunds = negated(totals.getOrDefault(EntryKind.REFUND, Statement.Totals.NONE));
        Statement.Totals paidOut = negated(totals.getOrDefault(EntryKind.WITHDRAWAL, Statement.Totals.NONE));
        Statement.Totals reversed = totals.getOrDefault(EntryKind.WITHDRAWAL_REVERSAL, Statement.Totals.NONE);
        long withdrawn = paidOut.netFen() - reversed.netFen();
        Statement.Totals withdrawals = new Statement.Totals(paidOut.count() - reversed.count(), withdrawn, 0, withdrawn);
        return new Statement(providerId, month, from, until, orders, refunds, withdrawals,
                orders.feeFen() - refunds.feeFen(), orders.netFen() - refunds.netFen());
    }

    /** The platform fee of a month (Asia/Shanghai), net of the refunds made in it: what an invoice covers. */
    public long feesOf(String providerId, YearMonth month) {
        return statement(providerId, month).feesFen();
    }

    /** Locks the provider's ledger for the rest of the caller's transaction, and answers its balance. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Balance lockForWithdrawal(String providerId) {
        repository.lockAccount(providerId, clock.instant());
        return balance(providerId);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void recordWithdrawal(String providerId, String withdrawalId, long amountFen) {
        movement(providerId, EntryKind.WITHDRAWAL, withdrawalId, -amountFen);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void reverseWithdrawal(String providerId, String withdrawalId, long amountFen) {
        movement(providerId, EntryKind.WITHDRAWAL_REVERSAL, withdrawalId, amountFen);
    }

    private void movement(String providerId, EntryKind kind, String withdrawalId, long netFen) {
        Instant now = clock.instant();
        repository.insertAll(List.of(new LedgerEntry(providerId, kind, null, null, 0, 0, netFen, null, now, now, null,
                withdrawalId)), now);
    }

    private static Statement.Totals negated(Statement.Totals totals) {
        return new Statement.Totals(totals.count(), -totals.amountFen(), -totals.feeFen(), -totals.netFen());
    }
}
