package cloud.marketplace.billing.invoice;

public enum InvoiceStatus {
    REQUESTED, ISSUED
}
