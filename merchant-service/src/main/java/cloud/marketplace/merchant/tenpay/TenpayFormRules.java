package cloud.marketplace.merchant.tenpay;

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

/** Every rule of the Tenpay registration and of its corporate bank account, evaluated together. */
final class TenpayFormRules {

    static final Set<DocumentKind> DOCUMENTS = EnumSet.of(DocumentKind.BUSINESS_LICENSE, DocumentKind.ID_CARD_FRONT,
            DocumentKind.ID_CARD_BACK);
    private static final Pattern ACCOUNT_NUMBER = Pattern.compile("\\d{8,32}");

    static List<Violation> check(TenpayForm form, Company company, Collection<DocumentInfo> documents, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        violations.addAll(PersonRules.superAdmin(form.superAdmin(), form.legalRepresentative(), today));
        violations.addAll(PersonRules.legalRepresentative(form.legalRepresentative(), company, today));
        violations.addAll(FormDocuments.required(documents, DOCUMENTS));
        violations.addAll(FormDocuments.withinPhotoLimit(documents, DOCUMENTS));
        violations.addAll(FormDocuments.uploadedSameDay(documents, DOCUMENTS));
        return violations;
    }

    static List<Violation> bankAccount(BankAccount account) {
        List<Violation> violations = new ArrayList<>();
        if (account == null) {
            violations.add(new Violation(Violation.REQUIRED, "bankAccount", "is required"));
            return violations;
        }
        if (blank(account.accountType())) {
            violations.add(required("accountType"));
        } else if (!BankAccount.CORPORATE.equals(account.accountType())) {
            violations.add(new Violation(Violation.INVALID_FORMAT, "accountType",
                    "Tenpay binds a corporate account (对公账户) only: " + BankAccount.CORPORATE));
        }
        if (blank(account.bankName())) {
            violations.add(required("bankName"));
        }
        if (blank(account.branchCity())) {
            violations.add(required("branchCity"));
        }
        if (blank(account.branchName())) {
            violations.add(required("branchName"));
        }
        if (blank(account.accountNumber())) {
            violations.add(required("accountNumber"));
        } else if (!ACCOUNT_NUMBER.matcher(account.accountNumber()).matches()) {
            violations.add(new Violation(Violation.INVALID_FORMAT, "accountNumber", "must be 8 to 32 digits"));
        }
        if (account.controllingPersonIsLegalRepresentative() == null) {
            violations.add(required("controllingPersonIsLegalRepresentative"));
        }
        return violations;
    }

    private static Violation required(String field) {
        return new Violation(Violation.REQUIRED, field, "is required");
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private TenpayFormRules() {
    }
}
