package cloud.marketplace.merchant.form;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrganizationCodeNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"71526726-X", "71526726X", "D2143612-3", "MA5D8E2X-2", "ma5d8e2x-2", "00000000-0", "12345678-8"})
    void acceptsCodesWhoseCheckCharacterMatches(String code) {
        assertThat(OrganizationCodeNumber.check("code", code)).isNull();
    }

    @Test
    void computesTheCheckCharacterOfTencentsCode() {
        // 9144030071526726XG carries the organization code 71526726X
        assertThat(OrganizationCodeNumber.checkCharacter("71526726")).isEqualTo('X');
        // 11 - 0 = 11 is written 0
        assertThat(OrganizationCodeNumber.checkCharacter("00000000")).isEqualTo('0');
    }

    @ParameterizedTest
    @ValueSource(strings = {"71526726-1", "71526726-0", "D2143612-4", "123456789"})
    void refusesAWrongCheckCharacter(String code) {
        assertThat(OrganizationCodeNumber.check("code", code).code()).isEqualTo(Violation.INVALID_CHECK_CHARACTER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"7152672-X", "71526726--X", "7152672_6X", "715267265-X", "71526-726X", "71526726-Y"})
    void refusesCodesNotOfNineOrTenCharactersOfDigitsLettersAndOneHyphen(String code) {
        assertThat(OrganizationCodeNumber.check("code", code).code()).isEqualTo(Violation.INVALID_FORMAT);
    }
}
