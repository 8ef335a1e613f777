package cloud.marketplace.merchant.wechat.web;

import cloud.marketplace.contracts.events.FieldReason;
import cloud.marketplace.merchant.document.DocumentInfo;
import cloud.marketplace.merchant.form.OrganizationCode;
import cloud.marketplace.merchant.web.FormBodies.CompanyBody;
import cloud.marketplace.merchant.web.FormBodies.DocumentBody;
import cloud.marketplace.merchant.web.FormBodies.LegalRepresentativeBody;
import cloud.marketplace.merchant.web.FormBodies.SuperAdminBody;
import cloud.marketplace.merchant.wechat.AccountVerification;
import cloud.marketplace.merchant.wechat.SettlementAccount;
import cloud.marketplace.merchant.wechat.WechatApplication;
import cloud.marketplace.merchant.wechat.WechatApplicationStatus;
import cloud.marketplace.platform.sensitive.Masking;
import java.time.Instant;
import java.util.List;

/** A WeChat Pay application as its provider sees it: ID, mobile and bank numbers masked. */
record WechatApplicationView(String id, WechatApplicationStatus status, String businessCode, CompanyBody company,
                             SuperAdminBody superAdmin, LegalRepresentativeBody legalRepresentative,
                             OrganizationCode organizationCode, SettlementAccountView settlementAccount,
                             List<DocumentBody> documents, String applymentId, String merchantId,
                             AccountVerificationView accountVerification, String signUrl, List<FieldReason> rejections,
                             Instant createdAt, Instant submittedAt, Instant activatedAt) {

    static WechatApplicationView of(WechatApplication application, List<DocumentInfo> documents) {
        SettlementAccount account = application.form().settlementAccount();
        return new WechatApplicationView(application.id(), application.status(), application.businessCode(),
                new CompanyBody(application.company().name(), application.company().businessLicenseNumber()),
                SuperAdminBody.masked(application.form().superAdmin()),
                LegalRepresentativeBody.masked(application.form().legalRepresentative()),
                application.form().organizationCode(),
                account == null ? null : new SettlementAccountView(account.bankName(), account.accountName(),
                        Masking.mask(account.accountNumber()), account.bankAddressCode()),
                documents.stream().map(DocumentBody::of).toList(), application.applymentId(), application.merchantId(),
                AccountVerificationView.of(application.accountVerification()), application.signUrl(), application.rejections(),
                application.createdAt(), application.submittedAt(), application.activatedAt());
    }

    record SettlementAccountView(String bankName, String accountName, String accountNumber, String bankAddressCode) {
    }

    /** The remittance to make: from the corporate account, {@code amountFen} to the given account, with the memo, before the deadline. */
    record AccountVerificationView(long amountFen, String fromAccountName, String fromAccountNumber, String toAccountName,
                                   String toAccountNumber, String toBank, String city, String memo, Instant deadline) {
        static AccountVerificationView of(AccountVerification verification) {
            return verification == null ? null : new AccountVerificationView(verification.amountFen(), verification.fromAccountName(),
                    Masking.mask(verification.fromAccountNumber()), verification.toAccountName(), verification.toAccountNumber(),
                    verification.toBank(), verification.city(), verification.memo(), verification.deadline());
        }
    }

}
