package cloud.marketplace.merchant.tenpay;

import cloud.marketplace.merchant.document.DocumentContent;

/**
 * Tenpay's enterprise-account activation, in the signed HTTP contract of TENPAY-CONTRACT.md.
 * Every method is a network call: never inside a database transaction. Failures are
 * {@link cloud.marketplace.merchant.partner.PartnerFailure}s.
 */
public interface TenpayPartner {

    String uploadImage(DocumentContent document);

    TenpayRegistration register(TenpaySubmission submission);

    TenpayStatus status(String accountId);

    /** Sends the corporate account; Tenpay then pays a random small amount into it. */
    TenpayState submitBankAccount(String accountId, BankAccount account, String accountName);

    AmountCheck verifyAmount(String accountId, long amountFen);
}
