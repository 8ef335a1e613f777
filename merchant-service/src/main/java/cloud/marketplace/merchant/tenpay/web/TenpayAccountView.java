package cloud.marketplace.merchant.tenpay.web;

import cloud.marketplace.contracts.events.FieldReason;
import cloud.marketplace.merchant.document.DocumentInfo;
import cloud.marketplace.merchant.tenpay.BankAccount;
import cloud.marketplace.merchant.tenpay.TenpayAccount;
import cloud.marketplace.merchant.tenpay.TenpayAccountStatus;
import cloud.marketplace.merchant.web.FormBodies.CompanyBody;
import cloud.marketplace.merchant.web.FormBodies.DocumentBody;
import cloud.marketplace.merchant.web.FormBodies.LegalRepresentativeBody;
import cloud.marketplace.merchant.web.FormBodies.SuperAdminBody;
import cloud.marketplace.platform.sensitive.Masking;
import java.time.Instant;
import java.util.List;

/** A Tenpay account as its provider sees it: numbers masked, and never the micro-deposit amount. */
record TenpayAccountView(String id, TenpayAccountStatus status, String businessCode, CompanyBody company,
                         SuperAdminBody superAdmin, LegalRepresentativeBody legalRepresentative, BankAccountView bankAccount,
                         List<DocumentBody> documents, String adminConfirmUrl, AmountVerificationView amountVerification,
                         String signUrl, String merchantId, List<FieldReason> rejections, Instant createdAt,
                         Instant submittedAt, Instant activatedAt) {

    static TenpayAccountView of(TenpayAccount account, List<DocumentInfo> documents) {
        BankAccount bank = account.bankAccount();
        return new TenpayAccountView(account.id(), account.status(), account.businessCode(),
                new CompanyBody(account.company().name(), account.company().businessLicenseNumber()),
                SuperAdminBody.masked(account.form().superAdmin()),
                LegalRepresentativeBody.masked(account.form().legalRepresentative()),
                bank == null ? null : new BankAccountView(bank.accountType(), account.company().name(), bank.bankName(),
                        bank.branchCity(), bank.branchName(), Masking.mask(bank.accountNumber()),
                        bank.controllingPersonIsLegalRepresentative(), account.bankAccountSubmitted()),
                documents.stream().map(DocumentBody::of).toList(), account.adminConfirmUrl(),
                account.status() == TenpayAccountStatus.AMOUNT_VERIFICATION ? new AmountVerificationView(account.amountAttemptsLeft(),
                        account.amountLocked(), account.amountDeadline()) : null,
                account.signUrl(), account.merchantId(), account.rejections(), account.createdAt(), account.submittedAt(),
                account.activatedAt());
    }

    record BankAccountView(String accountType, String accountName, String bankName, String branchCity, String branchName,
                           String accountNumber, Boolean controllingPersonIsLegalRepresentative, boolean sentToTenpay) {
    }

    /** Enter the amount found on the bank statement; after three wrong ones it is locked until the bank account is sent again. */
    record AmountVerificationView(int attemptsLeft, boolean locked, Instant deadline) {
    }
}
