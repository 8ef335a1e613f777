package cloud.marketplace.onboarding.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The entry conditions of the seed (服务商入驻条件) and the completeness of the form, each a named
 * rule. All are evaluated; the provider is told every unmet one at once.
 */
public final class EntryConditions {

    public static final long MIN_REGISTERED_CAPITAL_FEN = 50_000_000L;
    public static final int MIN_TEAM_SIZE = 10;
    public static final int MIN_SUPPORT_DAYS_PER_WEEK = 5;
    public static final BigDecimal MIN_SUPPORT_HOURS_PER_DAY = new BigDecimal("8");

    /** Enterprise real-name verification passed (a lawful, registered company). */
    public static final EntryCondition realNameVerified = (application, context) -> application.company() == null
            ? List.of(new Violation("REAL_NAME_VERIFIED", "realNameVerification",
                    "Complete the enterprise real-name verification of the company first."))
            : List.of();

    /** Every agreement in force accepted in its current version. */
    public static final EntryCondition agreementsAcceptedInForce = (application, context) -> {
        Map<String, String> accepted = application.form().agreements().stream()
                .collect(Collectors.toMap(AcceptedAgreement::code, AcceptedAgreement::version, (a, b) -> b));
        return context.agreementsInForce().stream()
                .filter(agreement -> !agreement.version().equals(accepted.get(agreement.code())))
                .map(agreement -> new Violation("AGREEMENT_ACCEPTED", "agreements",
                        accepted.containsKey(agreement.code())
                                ? "Accept the new version " + agreement.version() + " of " + agreement.title()
                                        + " (" + agreement.code() + "); version " + accepted.get(agreement.code())
                                        + " was accepted."
                                : "Accept " + agreement.title() + " (" + agreement.code() + ", version "
                                        + agreement.version() + ")."))
                .toList();
    };

    /**
     * Established at least one year before today (Asia/Shanghai). One year is counted by the calendar:
     * the anniversary itself counts; a company founded on 29 February reaches it on 28 February.
     */
    public static final EntryCondition establishedAtLeastOneYear = (application, context) -> {
        LocalDate establishedOn = application.form().establishedOn();
        if (establishedOn == null) {
            return List.of(new Violation("COMPANY_AGE", "establishedOn", "Give the date the company was established."));
        }
        LocalDate anniversary = establishedOn.plusYears(1);
        return anniversary.isAfter(context.today())
                ? List.of(new Violation("COMPANY_AGE", "establishedOn", "The company must have been established at least "
                        + "one year ago; established on " + establishedOn + ", it qualifies from " + anniversary + "."))
                : List.of();
    };

    /** Registered capital of at least 500,000 CNY. */
    public static final EntryCondition registeredCapitalAtLeast500k = (application, context) -> {
        Long capital = application.form().registeredCapitalFen();
        if (capital == null) {
            return List.of(new Violation("REGISTERED_CAPITAL", "registeredCapitalFen", "Give the registered capital."));
        }
        return capital < MIN_REGISTERED_CAPITAL_FEN
                ? List.of(new Violation("REGISTERED_CAPITAL", "registeredCapitalFen",
                        "The registered capital must be at least 500,000 CNY (50000000 fen); it is " + capital + " fen."))
                : List.of();
    };

    /** At least ten people of technical and customer-service staff together. */
    public static final EntryCondition teamOfAtLeastTen = (application, context) -> {
        Integer technical = application.form().technicalStaff();
        Integer support = application.form().supportStaff();
        List<Violation> violations = new ArrayList<>();
        if (technical == null) {
            violations.add(new Violation("TEAM_SIZE", "technicalStaff", "Give the number of technical staff."));
        }
        if (support == null) {
            violations.add(new Violation("TEAM_SIZE", "supportStaff", "Give the number of customer-service staff."));
        }
        if (violations.isEmpty() && technical + support < MIN_TEAM_SIZE) {
            violations.add(new Violation("TEAM_SIZE", "technicalStaff", "Technical and customer-service staff together "
                    + "must be at least " + MIN_TEAM_SIZE + " people; they are " + (technical + support) + "."));
        }
        return violations;
    };

    /** Customer service online at least 5 days a week, 8 hours a day (5×8). */
    public static final EntryCondition supportAtLeastFiveByEight = (application, context) -> {
        SupportSchedule schedule = application.form().supportSchedule();
        if (schedule == null) {
            return List.of(new Violation("SUPPORT_HOURS", "supportSchedule",
                    "Give the customer-service schedule (days per week and hours per day)."));
        }
        List<Violation> violations = new ArrayList<>();
        if (schedule.daysPerWeek() < MIN_SUPPORT_DAYS_PER_WEEK) {
            violations.add(new Violation("SUPPORT_HOURS", "supportSchedule.daysPerWeek", "Customer service must be online "
                    + "at least 5 days a week (5×8 hours); it is " + schedule.daysPerWeek() + "."));
        }
        if (schedule.hoursPerDay() == null || schedule.hoursPerDay().compareTo(MIN_SUPPORT_HOURS_PER_DAY) < 0) {
            violations.add(new Violation("SUPPORT_HOURS", "supportSchedule.hoursPerDay", "Customer service must be online "
                    + "at least 8 hours a day (5×8 hours); it is " + (schedule.hoursPerDay() == null ? "not given"
                    : schedule.hoursPerDay().stripTrailingZeros().toPlainString()) + "."));
        }
        return violations;
    };

    /** The business licence number given; an 18-character one is the verified credit code itself. */
    public static final EntryCondition businessLicenseNumberGiven = (application, context) -> {
        String number = application.form().businessLicenseNumber();
        if (number == null) {
            return List.of(new Violation("BUSINESS_LICENSE_NUMBER", "businessLicenseNumber",
                    "Give the business licence number."));
        }
        VerifiedCompany company = application.company();
        if (company != null && number.length() == 18 && !number.equals(company.creditCode())) {
            return List.of(new Violation("BUSINESS_LICENSE_NUMBER", "businessLicenseNumber", "An 18-character licence "
                    + "number is the unified social credit code, and it differs from the verified one ("
                    + company.creditCode() + ")."));
        }
        return List.of();
    };

    /** The business licence e-copy attached. */
    public static final EntryCondition businessLicenseAttached = (application, context) -> application.license() == null
            ? List.of(new Violation("BUSINESS_LICENSE_ATTACHED", "businessLicense",
                    "Attach the stamped business licence e-copy (JPEG or PNG, at most 2 MB)."))
            : List.of();

    /** At least one category chosen, and every chosen one an enabled level-1 category (catalog's verdict). */
    public static final EntryCondition categoriesChosenAndValid = (application, context) -> {
        List<Long> chosen = application.form().categoryIds();
        if (chosen.isEmpty()) {
            return List.of(new Violation("CATEGORY_CHOSEN", "categoryIds", "Choose at least one level-1 category to sell in."));
        }
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            String reason = context.categories().invalid().get(chosen.get(i));
            if (reason != null) {
                violations.add(new Violation("CATEGORY_VALID", "categoryIds[" + i + "]",
                        "Category " + chosen.get(i) + " cannot be chosen: " + describe(reason) + "."));
            }
        }
        return violations;
    };

    /** A contact for the review: name, mobile and e-mail. */
    public static final EntryCondition contactGiven = (application, context) -> application.form().contact() == null
            ? List.of(new Violation("CONTACT", "contact", "Give a contact person with mobile number and e-mail."))
            : List.of();

    public static final List<EntryCondition> ALL = List.of(realNameVerified, agreementsAcceptedInForce,
            businessLicenseNumberGiven, businessLicenseAttached, establishedAtLeastOneYear, registeredCapitalAtLeast500k,
            teamOfAtLeastTen, supportAtLeastFiveByEight, categoriesChosenAndValid, contactGiven);

    /** Every violation of every condition, in the order of the form. */
    public static List<Violation> evaluate(Application application, SubmissionContext context) {
        return ALL.stream().flatMap(condition -> condition.check(application, context).stream()).toList();
    }

    private static String describe(String reason) {
        return switch (reason) {
            case "NOT_FOUND" -> "it does not exist";
            case "NOT_LEVEL_1" -> "it is a major category, not a level-1 category";
            case "DISABLED" -> "it is disabled";
            default -> reason;
        };
    }

    private EntryConditions() {
    }
}
