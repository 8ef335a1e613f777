package cloud.marketplace.merchant.form;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.marketplace.merchant.Fixtures;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdCardNumberTest {

    private static final LocalDate TODAY = Fixtures.TODAY;

    @ParameterizedTest
    @ValueSource(strings = {"11010519491231002X", "320102198506153215", "44030519900101123X", "110101200002290018"})
    void acceptsNumbersWhoseCheckCharacterMatches(String number) {
        assertThat(IdCardNumber.check("id", number, TODAY)).isNull();
    }

    @Test
    void computesTheCheckCharacterOfThePublishedSample() {
        assertThat(IdCardNumber.checkCharacter("11010519491231002")).isEqualTo('X');
        assertThat(IdCardNumber.checkCharacter("32010219850615321")).isEqualTo('5');
    }

    @ParameterizedTest
    @ValueSource(strings = {"110105194912310021", "320102198506153216", "44030519900101123", "110105194912310020"})
    void refusesAWrongCheckCharacter(String number) {
        Violation violation = IdCardNumber.check("id", number, TODAY);
        assertThat(violation).isNotNull();
        assertThat(violation.code()).isIn(Violation.INVALID_CHECK_CHARACTER, Violation.INVALID_FORMAT);
    }

    @Test
    void aWrongLastCharacterIsACheckCharacterViolationNamingTheField() {
        Violation violation = IdCardNumber.check("legalRepresentative.idNumber", "110105194912310021", TODAY);
        assertThat(violation.code()).isEqualTo(Violation.INVALID_CHECK_CHARACTER);
        assertThat(violation.field()).isEqualTo("legalRepresentative.idNumber");
    }

    @ParameterizedTest
    @ValueSource(strings = {"11010519491231002x", "1101051949123100", "1101051949123100211", "A1010519491231002X", "01010519491231002X"})
    void refusesAnythingButSeventeenDigitsAndACheckCharacter(String number) {
        assertThat(IdCardNumber.check("id", number, TODAY).code()).isEqualTo(Violation.INVALID_FORMAT);
    }

    @Test
    void refusesAnImpossibleBirthDateEvenWithAMatchingCheckCharacter() {
        String february30 = "11010519490230001";
        String number = february30 + IdCardNumber.checkCharacter(february30);
        assertThat(IdCardNumber.check("id", number, TODAY).code()).isEqualTo(Violation.INVALID_FORMAT);

        String bornTomorrow = "110105" + "20250602" + "001";
        assertThat(IdCardNumber.check("id", bornTomorrow + IdCardNumber.checkCharacter(bornTomorrow), TODAY).message())
                .contains("impossible birth date");
    }
}
