package cloud.marketplace.onboarding.application;

import static cloud.marketplace.onboarding.application.ApplicationFixture.COMPANY;
import static cloud.marketplace.onboarding.application.ApplicationFixture.IN_FORCE;
import static cloud.marketplace.onboarding.application.ApplicationFixture.NOW;
import static cloud.marketplace.onboarding.application.ApplicationFixture.TODAY;
import static cloud.marketplace.onboarding.application.ApplicationFixture.completeForm;
import static cloud.marketplace.onboarding.application.ApplicationFixture.context;
import static cloud.marketplace.onboarding.application.ApplicationFixture.draft;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntryConditionsTest {

    @Test
    void aCompleteApplicationMeetsEveryCondition() {
        assertThat(EntryConditions.evaluate(draft(completeForm()), context(TODAY))).isEmpty();
    }

    @Test
    void anEmptyApplicationIsToldEveryUnmetConditionAtOnce() {
        Application empty = Application.start("app-2", "p-2", null, NOW);

        List<Violation> violations = EntryConditions.evaluate(empty, context(TODAY));

        assertThat(violations).extracting(Violation::code).containsExactly("REAL_NAME_VERIFIED",
                "AGREEMENT_ACCEPTED", "AGREEMENT_ACCEPTED", "AGREEMENT_ACCEPTED", "AGREEMENT_ACCEPTED",
                "BUSINESS_LICENSE_NUMBER", "BUSINESS_LICENSE_ATTACHED", "COMPANY_AGE", "REGISTERED_CAPITAL",
                "TEAM_SIZE", "TEAM_SIZE", "SUPPORT_HOURS", "CATEGORY_CHOSEN", "CONTACT");
        assertThat(violations).extracting(Violation::field).contains("realNameVerification", "agreements",
                "businessLicenseNumber", "businessLicense", "establishedOn", "registeredCapitalFen", "technicalStaff",
                "supportStaff", "supportSchedule", "categoryIds", "contact");
        assertThat(violations).allSatisfy(v -> assertThat(v.message()).isNotBlank());
    }

    @Nested
    class EstablishedAtLeastOneYear {

        @ParameterizedTest(name = "established {0}, today {1}: qualifies {2}")
        @CsvSource({
                // 365 days is one year between non-leap dates; 364 is not
                "2022-06-01, 2023-06-01, true",
                "2022-06-02, 2023-06-01, false",
                // a year spanning 29 February 2024 has 366 days: 365 are not enough
                "2023-03-01, 2024-02-29, false",
                "2023-03-01, 2024-03-01, true",
                "2023-02-28, 2024-02-28, true",
                "2023-02-28, 2024-02-27, false",
                // founded on 29 February: its first anniversary is 28 February
                "2020-02-29, 2021-02-27, false",
                "2020-02-29, 2021-02-28, true",
                "2020-02-29, 2021-03-01, true",
                // founded the day before a leap day
                "2023-02-28, 2024-02-29, true",
                // long ago, today, in the future
                "2001-01-01, 2024-06-01, true",
                "2024-06-01, 2024-06-01, false",
                "2025-01-01, 2024-06-01, false"})
        void countsOneYearByTheCalendar(LocalDate establishedOn, LocalDate today, boolean qualifies) {
            Application application = draft(ApplicationFixture.with(completeForm(), establishedOn));

            List<Violation> violations = EntryConditions.establishedAtLeastOneYear.check(application, context(today));

            if (qualifies) {
                assertThat(violations).isEmpty();
            } else {
                assertThat(violations).singleElement().satisfies(v -> {
                    assertThat(v.code()).isEqualTo("COMPANY_AGE");
                    assertThat(v.field()).isEqualTo("establishedOn");
                    assertThat(v.message()).contains(establishedOn.plusYears(1).toString());
                });
            }
        }

        @Test
        void aMissingDateIsNamed() {
            Application application = draft(ApplicationFixture.with(completeForm(), null));

            assertThat(EntryConditions.establishedAtLeastOneYear.check(application, context(TODAY)))
                    .singleElement().extracting(Violation::code).isEqualTo("COMPANY_AGE");
        }
    }

    @Nested
    class RegisteredCapital {

        @ParameterizedTest(name = "{0} fen: qualifies {1}")
        @CsvSource({"49999999, false", "50000000, true", "50000001, true", "0, false"})
        void needsAtLeastFiveHundredThousandYuan(long fen, boolean qualifies) {
            Application application = draft(ApplicationFixture.withCapital(completeForm(), fen));

            List<Violation> violations = EntryConditions.registeredCapitalAtLeast500k.check(application, context(TODAY));

            assertThat(violations.isEmpty()).isEqualTo(qualifies);
            violations.forEach(v -> assertThat(v.field()).isEqualTo("registeredCapitalFen"));
        }
    }

    @Nested
    class TeamSize {

        @ParameterizedTest(name = "{0} technical + {1} support: qualifies {2}")
        @CsvSource({"5, 4, false", "5, 5, true", "9, 0, false", "10, 0, true", "0, 10, true", "0, 9, false"})
        void needsTenTechnicalAndCustomerServiceStaffTogether(int technical, int support, boolean qualifies) {
            Application application = draft(ApplicationFixture.withStaff(completeForm(), technical, support));

            List<Violation> violations = EntryConditions.teamOfAtLeastTen.check(application, context(TODAY));

            assertThat(violations.isEmpty()).isEqualTo(qualifies);
        }

        @Test
        void namesEachMissingCount() {
            Application application = draft(ApplicationFixture.withStaff(completeForm(), null, null));

            assertThat(EntryConditions.teamOfAtLeastTen.check(application, context(TODAY)))
                    .extracting(Violation::field).containsExactly("technicalStaff", "supportStaff");
        }
    }

    @Nested
    class SupportHours {

        @ParameterizedTest(name = "{0} days × {1} hours: unmet {2}")
        @CsvSource({
                "5, 8, ''",
                "5, 7.5, supportSchedule.hoursPerDay",
                "5, 7.99, supportSchedule.hoursPerDay",
                "4, 8, supportSchedule.daysPerWeek",
                "4, 12, supportSchedule.daysPerWeek",
                "7, 24, ''",
                "6, 8.5, ''"})
        void needsFiveDaysOfEightHours(int days, BigDecimal hours, String unmetField) {
            Application application = draft(ApplicationFixture.withSupport(completeForm(), new SupportSchedule(days, hours)));

            List<Violation> violations = EntryConditions.supportAtLeastFiveByEight.check(application, context(TODAY));

            if (unmetField.isEmpty()) {
                assertThat(violations).isEmpty();
            } else {
                assertThat(violations).singleElement().extracting(Violation::field).isEqualTo(unmetField);
            }
        }

        @Test
        void fourDaysOfSevenHoursFailsBothWays() {
            Application application = draft(ApplicationFixture.withSupport(completeForm(),
                    new SupportSchedule(4, new BigDecimal("7"))));

            assertThat(EntryConditions.supportAtLeastFiveByEight.check(application, context(TODAY)))
                    .extracting(Violation::field)
                    .containsExactly("supportSchedule.daysPerWeek", "supportSchedule.hoursPerDay");
        }
    }

    @Nested
    class Agreements {

        @Test
        void everyAgreementInForceMustBeAccepted() {
            List<AcceptedAgreement> threeOfFour = ApplicationFixture.allAccepted().subList(0, 3);
            Application application = draft(ApplicationFixture.withAgreements(completeForm(), threeOfFour));

            assertThat(EntryConditions.agreementsAcceptedInForce.check(application, context(TODAY)))
                    .singleElement()
                    .satisfies(v -> assertThat(v.message()).contains("MARKETPLACE_MANAGEMENT_RULES", "《云市场管理规范》"));
        }

        @Test
        void aNewVersionMustBeAcceptedAgain() {
            Application application = draft(completeForm());
            List<Agreement> newVersion = IN_FORCE.stream()
                    .map(a -> a.code().equals("PARTNER_COOPERATION")
                            ? new Agreement(a.code(), "2025-01", a.title(), a.url()) : a)
                    .toList();

            assertThat(EntryConditions.agreementsAcceptedInForce.check(application,
                    new SubmissionContext(TODAY, newVersion, CategoryVerdict.allValid())))
                    .singleElement()
                    .satisfies(v -> assertThat(v.message()).contains("new version 2025-01", "2023-09"));
        }
    }

    @Nested
    class Documents {

        @Test
        void theLicenceECopyMustBeAttached() {
            Application application = Application.start("app-3", "p-3", COMPANY, NOW);
            application.fill(completeForm(), COMPANY, NOW);

            assertThat(EntryConditions.businessLicenseAttached.check(application, context(TODAY)))
                    .singleElement().extracting(Violation::field).isEqualTo("businessLicense");
        }

        @Test
        void anEighteenCharacterLicenceNumberMustBeTheVerifiedCreditCode() {
            Application other = draft(ApplicationFixture.withLicenseNumber(completeForm(), "91350100M000100Y43"));
            Application old = draft(ApplicationFixture.withLicenseNumber(completeForm(), "110108012345678"));

            assertThat(EntryConditions.businessLicenseNumberGiven.check(other, context(TODAY)))
                    .singleElement().extracting(Violation::field).isEqualTo("businessLicenseNumber");
            assertThat(EntryConditions.businessLicenseNumberGiven.check(old, context(TODAY))).isEmpty();
        }

        @Test
        void realNameVerificationMustHavePassed() {
            Application application = Application.start("app-4", "p-4", null, NOW);

            assertThat(EntryConditions.realNameVerified.check(application, context(TODAY)))
                    .singleElement().extracting(Violation::field).isEqualTo("realNameVerification");
        }
    }

    @Nested
    class Categories {

        @Test
        void atLeastOneMustBeChosen() {
            Application application = draft(ApplicationFixture.withCategories(completeForm(), List.of()));

            assertThat(EntryConditions.categoriesChosenAndValid.check(application, context(TODAY)))
                    .singleElement().extracting(Violation::code).isEqualTo("CATEGORY_CHOSEN");
        }

        @Test
        void everyInvalidOneIsNamedWithItsPositionAndReason() {
            Application application = draft(ApplicationFixture.withCategories(completeForm(), List.of(101L, 1L, 999L)));

            List<Violation> violations = EntryConditions.categoriesChosenAndValid.check(application,
                    context(TODAY, Map.of(1L, "NOT_LEVEL_1", 999L, "NOT_FOUND")));

            assertThat(violations).extracting(Violation::field).containsExactly("categoryIds[1]", "categoryIds[2]");
            assertThat(violations.get(0).message()).contains("major category");
            assertThat(violations.get(1).message()).contains("does not exist");
        }
    }
}
