package cloud.marketplace.merchant.tenpay;

import java.util.List;

/** Our states of a Tenpay (商企付) account (DESIGN §3.2). */
public enum TenpayAccountStatus {
    DRAFT, SUBMITTED, DOCUMENT_REVIEW, ACTIVATION, AMOUNT_VERIFICATION, SIGNING, ACTIVE, REJECTED;

    static final List<String> POLLED = List.of(SUBMITTED.name(), DOCUMENT_REVIEW.name(), ACTIVATION.name(),
            AMOUNT_VERIFICATION.name(), SIGNING.name());

    public boolean editable() {
        return this == DRAFT || this == REJECTED;
    }

    boolean polled() {
        return POLLED.contains(name());
    }
}
