package cloud.marketplace.merchant.form;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules both channels' forms share: the super administrator, the legal representative's ID
 * card, and the organization-code certificate. Every rule runs; all violations are returned.
 */
public final class PersonRules {

    public static final String SUPER_ADMIN_NOT_LEGAL_REPRESENTATIVE = "SUPER_ADMIN_NOT_LEGAL_REPRESENTATIVE";
    public static final String NOT_THE_COMPANYS_LEGAL_REPRESENTATIVE = "NOT_THE_COMPANYS_LEGAL_REPRESENTATIVE";
    public static final String NOT_APPLICABLE = "NOT_APPLICABLE";

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public static List<Violation> superAdmin(SuperAdmin admin, LegalRepresentative legal, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        if (admin == null) {
            violations.add(required("superAdmin"));
            return violations;
        }
        if (admin.type() == null) {
            violations.add(required("superAdmin.type"));
        }
        name("superAdmin.name", admin.name(), violations);
        if (blank(admin.idNumber())) {
            violations.add(required("superAdmin.idNumber"));
        } else {
            add(violations, IdCardNumber.check("superAdmin.idNumber", admin.idNumber(), today));
        }
        if (blank(admin.mobile())) {
            violations.add(required("superAdmin.mobile"));
        } else if (!MOBILE.matcher(admin.mobile()).matches()) {
            violations.add(new Violation(Violation.INVALID_FORMAT, "superAdmin.mobile", "must be a mainland mobile number (11 digits, starting 13–19)"));
        }
        if (blank(admin.email())) {
            violations.add(required("superAdmin.email"));
        } else if (!EMAIL.matcher(admin.email()).matches() || admin.email().length() > 128) {
            violations.add(new Violation(Violation.INVALID_FORMAT, "superAdmin.email", "must be an e-mail address"));
        }
        if (admin.type() == SuperAdminType.LEGAL_REPRESENTATIVE && legal != null) {
            if (!blank(admin.name()) && !blank(legal.name()) && !admin.name().equals(legal.name())) {
                violations.add(new Violation(SUPER_ADMIN_NOT_LEGAL_REPRESENTATIVE, "superAdmin.name",
                        "a super administrator of type LEGAL_REPRESENTATIVE is the legal representative: the names differ"));
            }
            if (!blank(admin.idNumber()) && !blank(legal.idNumber()) && !admin.idNumber().equals(legal.idNumber())) {
                violations.add(new Violation(SUPER_ADMIN_NOT_LEGAL_REPRESENTATIVE, "superAdmin.idNumber",
                        "a super administrator of type LEGAL_REPRESENTATIVE is the legal representative: the ID numbers differ"));
            }
        }
        return violations;
    }

    public static List<Violation> legalRepresentative(LegalRepresentative legal, Company company, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        if (legal == null) {
            violations.add(required("legalRepresentative"));
            return violations;
        }
        if (blank(legal.idType())) {
            violations.add(required("legalRepresentative.idType"));
        } else if (!LegalRepresentative.MAINLAND_ID_CARD.equals(legal.idType())) {
            violations.add(new Violation(Violation.INVALID_FORMAT, "legalRepresentative.idType",
                    "only " + LegalRepresentative.MAINLAND_ID_CARD + " (中国大陆居民-身份证) is accepted"));
        }
        name("legalRepresentative.name", legal.name(), violations);
        if (!blank(legal.name()) && company.legalRepresentativeName() != null
                && !legal.name().equals(company.legalRepresentativeName())) {
            violations.add(new Violation(NOT_THE_COMPANYS_LEGAL_REPRESENTATIVE, "legalRepresentative.name",
                    "the company's verified legal representative is " + company.legalRepresentativeName()));
        }
        if (blank(legal.idNumber())) {
            violations.add(required("legalRepresentative.idNumber"));
        } else {
            add(violations, IdCardNumber.check("legalRepresentative.idNumber", legal.idNumber(), today));
        }
        violations.addAll(ValidityPeriod.check("legalRepresentative", legal.validFrom(), legal.validUntil(), today));
        return violations;
    }

    /** Required exactly when the licence number is not 18 characters; refused otherwise. */
    public static List<Violation> organizationCode(OrganizationCode code, Company company, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        if (!company.needsOrganizationCode()) {
            if (code != null && !(blank(code.code()) && blank(code.validFrom()) && blank(code.validUntil()))) {
                violations.add(new Violation(NOT_APPLICABLE, "organizationCode", "the business licence number has "
                        + Company.UNIFIED_CODE_LENGTH + " characters (unified social credit code): no organization code is needed"));
            }
            return violations;
        }
        if (code == null) {
            violations.add(new Violation(Violation.REQUIRED, "organizationCode",
                    "is required: the business licence number is not " + Company.UNIFIED_CODE_LENGTH + " characters"));
            return violations;
        }
        if (blank(code.code())) {
            violations.add(required("organizationCode.code"));
        } else {
            add(violations, OrganizationCodeNumber.check("organizationCode.code", code.code()));
        }
        violations.addAll(ValidityPeriod.check("organizationCode", code.validFrom(), code.validUntil(), today));
        return violations;
    }

    static Violation required(String field) {
        return new Violation(Violation.REQUIRED, field, "is required");
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static void name(String field, String name, List<Violation> violations) {
        if (blank(name)) {
            violations.add(required(field));
        } else if (name.strip().length() < 2 || name.length() > 64) {
            violations.add(new Violation(Violation.INVALID_FORMAT, field, "must have 2 to 64 characters"));
        }
    }

    private static void add(List<Violation> violations, Violation violation) {
        if (violation != null) {
            violations.add(violation);
        }
    }


    private PersonRules() {
    }
}
