package cloud.marketplace.billing.invoice.web;

import cloud.marketplace.billing.invoice.CommissionInvoice;
import cloud.marketplace.billing.invoice.InvoiceStatus;
import cloud.marketplace.billing.invoice.Invoices;
import cloud.marketplace.platform.security.Caller;
import cloud.marketplace.platform.web.Page;
import cloud.marketplace.platform.web.PageQuery;
import cloud.marketplace.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.YearMonth;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Invoices", description = "Invoices of the platform fee (云市场佣金发票)")
class InvoiceController {

    private final Invoices invoices;

    InvoiceController(Invoices invoices) {
        this.invoices = invoices;
    }

    @PostMapping("/api/billing/invoices")
    @PreAuthorize("hasRole('PROVIDER')")
    @Operation(summary = "Request the invoice of a month's platform fee: from the 3rd of the following month (Asia/Shanghai), "
            + "fees from 2019-08-01 on; 422 before (saying from which date), 409 for a month requested already")
    ResponseEntity<InvoiceResponse> request(@Valid @RequestBody InvoiceRequest request, Caller caller) {
        CommissionInvoice invoice = invoices.request(caller.providerId(), YearMonth.parse(request.month()));
        return ResponseEntity.created(URI.create("/api/billing/invoices/" + invoice.id())).body(InvoiceResponse.of(invoice));
    }

    @GetMapping("/api/billing/invoices")
    @PreAuthorize("hasAnyRole('PROVIDER', 'OPERATOR')")
    @Operation(summary = "A provider's own invoices; an operator's queue of every provider's (filter by status)")
    Page<InvoiceResponse> list(@RequestParam(required = false) InvoiceStatus status, @Valid PageQuery page, Caller caller) {
        String providerId = caller.is(Role.OPERATOR) ? null : caller.providerId();
        Page<CommissionInvoice> found = invoices.list(providerId, status, page);
        return new Page<>(found.items().stream().map(InvoiceResponse::of).toList(), found.page(), found.size(),
                found.totalItems());
    }

    @GetMapping("/api/billing/invoices/{id}")
    @PreAuthorize("hasAnyRole('PROVIDER', 'OPERATOR')")
    @Operation(summary = "One invoice")
    InvoiceResponse one(@PathVariable String id, Caller caller) {
        return InvoiceResponse.of(invoices.get(id, caller.is(Role.OPERATOR) ? null : caller.providerId()));
    }

    @PostMapping("/api/billing/invoices/{id}/issue")
    @PreAuthorize("hasRole('OPERATOR')")
    @Operation(summary = "Mark a requested invoice issued, with its number (OPERATOR); 409 when issued already")
    InvoiceResponse issue(@PathVariable String id, @Valid @RequestBody IssueRequest request, Caller caller) {
        return InvoiceResponse.of(invoices.issue(id, request.invoiceNumber().strip(), caller.subject()));
    }

    record InvoiceRequest(@NotNull @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])", message = "must be a month as yyyy-MM")
                          String month) {
    }

    record IssueRequest(@NotBlank @Size(max = 64) String invoiceNumber) {
    }

    record InvoiceResponse(String id, String providerId, String month, long feeFen, String status, Instant requestedAt,
                           Instant issuedAt, String invoiceNumber) {
        static InvoiceResponse of(CommissionInvoice i) {
            return new InvoiceResponse(i.id(), i.providerId(), i.month().toString(), i.feeFen(), i.status().name(),
                    i.requestedAt(), i.issuedAt(), i.invoiceNumber());
        }
    }
}
