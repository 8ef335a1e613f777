package cloud.marketplace.merchant.wechat;

import cloud.marketplace.merchant.document.DocumentInfo;
import cloud.marketplace.merchant.document.DocumentKind;
import cloud.marketplace.merchant.form.Company;
import cloud.marketplace.merchant.form.FormDocuments;
import cloud.marketplace.merchant.form.PersonRules;
import cloud.marketplace.merchant.form.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Every rule of the WeChat Pay form (the seed's fields and limits), evaluated together. */
final class WechatFormRules {

    static final String NOT_THE_COMPANYS_ACCOUNT = "NOT_THE_COMPANYS_ACCOUNT";
    private static final Pattern ACCOUNT_NUMBER = Pattern.compile("\\d{8,32}");
    private static final Pattern ADDRESS_CODE = Pattern.compile("\\d{6}");
    private static final Set<DocumentKind> PHOTOS = EnumSet.of(DocumentKind.ID_CARD_FRONT, DocumentKind.ID_CARD_BACK,
            DocumentKind.ORG_CODE_CERT);

    static List<Violation> check(WechatForm form, Company company, Collection<DocumentInfo> documents, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        violations.addAll(PersonRules.superAdmin(form.superAdmin(), form.legalRepresentative(), today));
        violations.addAll(PersonRules.legalRepresentative(form.legalRepresentative(), company, today));
        violations.addAll(PersonRules.organizationCode(form.organizationCode(), company, today));
        violations.addAll(settlementAccount(form.settlementAccount(), company));
        violations.addAll(FormDocuments.required(documents, requiredDocuments(company)));
        violations.addAll(FormDocuments.withinPhotoLimit(documents, PHOTOS));
        return violations;
    }

    static Set<DocumentKind> requiredDocuments(Company company) {
        Set<DocumentKind> kinds = EnumSet.of(DocumentKind.BUSINESS_LICENSE, DocumentKind.ID_CARD_FRONT, DocumentKind.ID_CARD_BACK);
        if (company.needsOrganizationCode()) {
            kinds.add(DocumentKind.ORG_CODE_CERT);
        }
        return kinds;
    }

    static List<Violation> settlementAccount(SettlementAccount account, Company company) {
        List<Violation> violations = new ArrayList<>();
        if (account == null) {
            violations.add(new Violation(Violation.REQUIRED, "settlementAccount", "is required"));
            return violations;
        }
        if (blank(account.bankName())) {
            violations.add(new Violation(Violation.REQUIRED, "settlementAccount.bankName", "is required"));
        }
        if (blank(account.accountName())) {
            violations.add(new Violation(Violation.REQUIRED, "settlementAccount.accountName", "is required"));
        } else if (!account.accountName().equals(company.name())) {
            violations.add(new Violation(NOT_THE_COMPANYS_ACCOUNT, "settlementAccount.accountName",
                    "a corporate account is in the company's name: " + company.name()));
        }
        if (blank(account.accountNumber())) {
            violations.add(new Violation(Violation.REQUIRED, "settlementAccount.accountNumber", "is required"));
        } else if (!ACCOUNT_NUMBER.matcher(account.accountNumber()).matches()) {
            violations.add(new Violation(Violation.INVALID_FORMAT, "settlementAccount.accountNumber", "must be 8 to 32 digits"));
        }
        if (!blank(account.bankAddressCode()) && !ADDRESS_CODE.matcher(account.bankAddressCode()).matches()) {
            violations.add(new Violation(Violation.INVALID_FORMAT, "settlementAccount.bankAddressCode", "must be 6 digits"));
        }
        return violations;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private WechatFormRules() {
    }
}
