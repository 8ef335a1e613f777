package cloud.marketplace.merchant.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidityPeriodTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    @Test
    void sixtyOneDaysLeftIsEnough() {
        assertThat(ValidityPeriod.check("id", "2015-08-01", TODAY.plusDays(61).toString(), TODAY)).isEmpty();
    }

    @Test
    void sixtyDaysLeftIsNot() {
        List<Violation> violations = ValidityPeriod.check("id", "2015-08-01", TODAY.plusDays(60).toString(), TODAY);
        assertThat(violations).extracting(Violation::code, Violation::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ValidityPeriod.EXPIRES_TOO_SOON, "id.validUntil"));
        assertThat(violations.getFirst().message()).contains("more than 60 more days", "2025-07-31");
    }

    @Test
    void longTermIsAlwaysEnough() {
        assertThat(ValidityPeriod.check("organizationCode", "2015-08-01", "长期", TODAY)).isEmpty();
        assertThat(ValidityPeriod.of("2015-08-01", "长期").text()).isEqualTo("2015-08-01,长期");
        assertThat(ValidityPeriod.of("2015-08-01", "2035-08-01").text()).isEqualTo("2015-08-01,2035-08-01");
    }

    @Test
    void anExpiredDocumentIsRefused() {
        assertThat(ValidityPeriod.check("id", "2005-01-01", "2025-05-31", TODAY)).extracting(Violation::code)
                .containsExactly(ValidityPeriod.EXPIRES_TOO_SOON);
    }

    @Test
    void aPeriodStartingTomorrowIsNotValidYetButOneStartingTodayIs() {
        assertThat(ValidityPeriod.check("id", "2025-06-02", "2045-06-02", TODAY)).extracting(Violation::code)
                .containsExactly(ValidityPeriod.NOT_YET_VALID);
        assertThat(ValidityPeriod.check("id", "2025-06-01", "2045-06-01", TODAY)).isEmpty();
    }

    @Test
    void badDatesAndMissingValuesAreAllReported() {
        assertThat(ValidityPeriod.check("id", "2020/01/01", "forever", TODAY)).extracting(Violation::field, Violation::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("id.validFrom", Violation.INVALID_FORMAT),
                        org.assertj.core.groups.Tuple.tuple("id.validUntil", Violation.INVALID_FORMAT));
        assertThat(ValidityPeriod.check("id", null, " ", TODAY)).extracting(Violation::code)
                .containsExactly(Violation.REQUIRED, Violation.REQUIRED);
        assertThat(ValidityPeriod.check("id", "2020-01-01", "长期x", TODAY)).extracting(Violation::code)
                .containsExactly(Violation.INVALID_FORMAT);
    }

    @Test
    void theEndMustFollowTheStart() {
        assertThat(ValidityPeriod.check("id", "2025-01-01", "2024-12-31", TODAY)).extracting(Violation::field)
                .containsExactly("id.validUntil");
    }
}
