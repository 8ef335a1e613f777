package cloud.marketplace.billing.payment.web;

import cloud.marketplace.billing.payment.DepositPayment;
import cloud.marketplace.billing.payment.DepositPayments;
import cloud.marketplace.platform.security.Caller;
import cloud.marketplace.platform.web.Page;
import cloud.marketplace.platform.web.PageQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Deposit", description = "The provider's deposit (保证金) against the tier in force")
class DepositPaymentController {

    private final DepositPayments payments;

    DepositPaymentController(DepositPayments payments) {
        this.payments = payments;
    }

    @PostMapping("/api/billing/deposit/payments")
    @PreAuthorize("hasRole('PROVIDER')")
    @Operation(summary = "Pay what the deposit still lacks by WECHAT_PAY, QQ_PAY or ONLINE_BANKING (Idempotency-Key required); "
            + "the answer carries payUrl (QR code link or bank redirect). 422 for any other method, 409 when nothing is due "
            + "or a payment is already pending")
    ResponseEntity<PaymentResponse> pay(@RequestHeader("Idempotency-Key") String idempotencyKey,
                                        @Valid @RequestBody PaymentRequest request, Caller caller) {
        DepositPayment payment = payments.start(caller.providerId(), request.method().strip());
        return ResponseEntity.created(URI.create("/api/billing/deposit/payments/" + payment.id()))
                .body(PaymentResponse.of(payment));
    }

    @GetMapping("/api/billing/deposit/payments")
    @PreAuthorize("hasRole('PROVIDER')")
    @Operation(summary = "My payment records (缴纳记录): every attempt with method, amount, status and times, latest first")
    Page<PaymentResponse> list(@Valid PageQuery page, Caller caller) {
        Page<DepositPayment> found = payments.list(caller.providerId(), page);
        return new Page<>(found.items().stream().map(PaymentResponse::of).toList(), found.page(), found.size(),
                found.totalItems());
    }

    record PaymentRequest(@NotBlank @Size(max = 64) String method) {
    }

    record PaymentResponse(String id, long amountFen, String method, String status, String payUrl, Instant createdAt,
                           Instant expiresAt, Instant paidAt, Instant closedAt) {
        static PaymentResponse of(DepositPayment p) {
            return new PaymentResponse(p.id(), p.amountFen(), p.method().name(), p.status().name(), p.payUrl(),
                    p.createdAt(), p.expiresAt(), p.paidAt(), p.closedAt());
        }
    }
}
