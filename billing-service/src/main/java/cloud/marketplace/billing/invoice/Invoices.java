package cloud.marketplace.billing.invoice;

import cloud.marketplace.billing.ledger.CommissionLedger;
import cloud.marketplace.platform.BusinessCalendar;
import cloud.marketplace.platform.web.Page;
import cloud.marketplace.platform.web.PageQuery;
import cloud.marketplace.platform.web.ProblemException;
import java.time.Clock;
import java.time.YearMonth;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Invoices of the platform fee: requested by the provider per month, issued by an operator. */
@Service
public class Invoices {

    private final InvoiceRepository repository;
    private final CommissionLedger ledger;
    private final BusinessCalendar calendar;
    private final Clock clock;

    Invoices(InvoiceRepository repository, CommissionLedger ledger, BusinessCalendar calendar, Clock clock) {
        this.repository = repository;
        this.ledger = ledger;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Transactional
    public CommissionInvoice request(String providerId, YearMonth month) {
        InvoicePolicy.refusal(month, calendar.today()).ifPresent(refusal -> {
            throw ProblemException.unprocessable(refusal.slug(), refusal.detail())
                    .with("availableFrom", refusal.availableFrom().toString());
        });
        repository.find(providerId, month).ifPresent(existing -> {
            throw alreadyRequested(existing);
        });
        long fee = ledger.feesOf(providerId, month);
        if (fee <= 0) {
            throw ProblemException.unprocessable("nothing-to-invoice",
                    "No platform fee was charged in " + month + " (net of refunds): there is nothing to invoice.");
        }
        CommissionInvoice invoice = new CommissionInvoice(UUID.randomUUID().toString().replace("-", ""), providerId, month,
                fee, InvoiceStatus.REQUESTED, clock.instant(), null, null, null, 0);
        try {
            repository.insert(invoice);
        } catch (DuplicateKeyException e) {
            throw repository.find(providerId, month).map(Invoices::alreadyRequested).orElseThrow(() -> e);
        }
        return invoice;
    }

    private static ProblemException alreadyRequested(CommissionInvoice existing) {
        return ProblemException.conflict("invoice-already-requested",
                        "The invoice of " + existing.month() + " was requested already (" + existing.status() + ").")
                .with("invoiceId", existing.id());
    }

    /** A provider's own invoices ({@code providerId} given), or all of them for an operator. */
    public Page<CommissionInvoice> list(String providerId, InvoiceStatus status, PageQuery page) {
        return page.page(repository.page(providerId, status, page.offset(), page.sizeOrDefault()),
                repository.count(providerId, status));
    }

    public CommissionInvoice get(String id, String providerIdOrNull) {
        return repository.find(id)
                .filter(invoice -> providerIdOrNull == null || invoice.providerId().equals(providerIdOrNull))
                .orElseThrow(() -> ProblemException.notFound("No invoice " + id + "."));
    }

    @Transactional
    public CommissionInvoice issue(String id, String invoiceNumber, String operator) {
        CommissionInvoice invoice = get(id, null);
        if (invoice.status() != InvoiceStatus.REQUESTED) {
            throw ProblemException.conflict("invoice-already-issued",
                    "Invoice " + id + " was issued already (" + invoice.invoiceNumber() + ").");
        }
        repository.issue(invoice, invoiceNumber, operator, clock.instant());
        return repository.find(id).orElseThrow();
    }
}
