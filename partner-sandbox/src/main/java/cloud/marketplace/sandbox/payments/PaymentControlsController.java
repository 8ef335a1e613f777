package cloud.marketplace.sandbox.payments;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Controls of the payment channels: see every payment and payout, pay, fail or expire a payment
 * by hand, send its notification again, and choose what the autopilot does with new payments and
 * what payouts answer.
 */
@RestController
class PaymentControlsController {

    private static final URI NOT_FOUND = URI.create("https://marketplace.example/problems/not-found");

    private final ChannelPayments payments;

    PaymentControlsController(ChannelPayments payments) {
        this.payments = payments;
    }

    @GetMapping("/sandbox/payments")
    List<PaymentView> payments() {
        return payments.all().stream().map(this::view).toList();
    }

    @GetMapping("/sandbox/payments/{id}")
    PaymentView payment(@PathVariable String id) {
        return view(payments.find(id).orElseThrow(() -> notFound(id)));
    }

    /** The payer pays: the channel notifies billing. */
    @PostMapping("/sandbox/payments/{id}/pay")
    PaymentView pay(@PathVariable String id) {
        return view(payments.pay(id).orElseThrow(() -> notFound(id)));
    }

    /** The payment fails at the channel, and the failure is notified. */
    @PostMapping("/sandbox/payments/{id}/fail")
    PaymentView fail(@PathVariable String id) {
        return view(payments.fail(id).orElseThrow(() -> notFound(id)));
    }

    /** The payer never pays: the channel closes the payment, billing finds it closed when it expires. */
    @PostMapping("/sandbox/payments/{id}/expire")
    PaymentView expire(@PathVariable String id) {
        return view(payments.close(id).orElseThrow(() -> notFound(id)));
    }

    /** Sends the notification of a paid or failed payment again (fresh nonce): billing acknowledges, nothing changes. */
    @PostMapping("/sandbox/payments/{id}/notify")
    PaymentView notifyAgain(@PathVariable String id) {
        return view(payments.renotify(id).orElseThrow(() -> notFound(id)));
    }

    @GetMapping("/sandbox/payments/autopilot-outcome")
    AutopilotOutcomeSetting autopilotOutcome() {
        return new AutopilotOutcomeSetting(payments.autopilotOutcome());
    }

    /** What the autopilot does with new payments: PAID (default), FAILED, or NONE (left to expire). */
    @PutMapping("/sandbox/payments/autopilot-outcome")
    AutopilotOutcomeSetting autopilotOutcome(@Valid @RequestBody AutopilotOutcomeSetting setting) {
        payments.autopilotOutcome(setting.outcome());
        return setting;
    }

    @GetMapping("/sandbox/payouts")
    List<Payout> payouts() {
        return payments.allPayouts();
    }

    @GetMapping("/sandbox/payouts/outcome")
    PayoutOutcomeSetting payoutOutcome() {
        return new PayoutOutcomeSetting(payments.payoutOutcome());
    }

    /** What new payouts answer: SUCCESS (default), PROCESSING (settle later) or FAILED. */
    @PutMapping("/sandbox/payouts/outcome")
    PayoutOutcomeSetting payoutOutcome(@Valid @RequestBody PayoutOutcomeSetting setting) {
        payments.payoutOutcome(setting.outcome());
        return setting;
    }

    /** Settles a payout left PROCESSING, as SUCCESS or FAILED. */
    @PostMapping("/sandbox/payouts/{requestNo}/settle")
    Payout settle(@PathVariable String requestNo, @Valid @RequestBody PayoutOutcomeSetting setting) {
        return payments.settlePayout(requestNo, setting.outcome()).orElseThrow(() -> notFound(requestNo));
    }

    private PaymentView view(ChannelPayment p) {
        return new PaymentView(p.outTradeNo(), p.channel().name(), p.amountFen(), p.state(), p.transactionId(), p.createdAt(),
                p.expiresAt(), p.paidAt(), p.notifyUrl(), payments.notifier().lastAnswer(p.outTradeNo()));
    }

    private static ErrorResponseException notFound(String id) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "The sandbox channels hold no " + id + ".");
        problem.setType(NOT_FOUND);
        problem.setTitle("Not found");
        return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
    }

    record PaymentView(String id, String channel, long amountFen, String state, String transactionId, Instant createdAt,
                       Instant expiresAt, Instant paidAt, String notifyUrl, Integer lastNotificationAnswer) {
    }

    record AutopilotOutcomeSetting(@NotNull ChannelPayments.AutopilotOutcome outcome) {
    }

    record PayoutOutcomeSetting(@NotNull ChannelPayments.PayoutOutcome outcome) {
    }
}
