package cloud.marketplace.billing.invoice;

import java.time.Instant;
import java.time.YearMonth;

/** A provider's request for the invoice of one month's platform fee, and its issue by an operator. */
public record CommissionInvoice(String id, String providerId, YearMonth month, long feeFen, InvoiceStatus status,
                                Instant requestedAt, Instant issuedAt, String issuedBy, String invoiceNumber,
                                int version) {
}
