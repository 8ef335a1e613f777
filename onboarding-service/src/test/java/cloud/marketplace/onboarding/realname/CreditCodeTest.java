package cloud.marketplace.onboarding.realname;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y43", "91110000600037341L", "91440300708461136T", "91110108551385082Q"})
    void acceptsRealCodesWithBothCheckCharactersRight(String code) {
        assertThat(CreditCode.problem(code)).isEmpty();
        assertThat(CreditCode.isValid(code)).isTrue();
    }

    @Test
    void computesTheCheckCharactersOfTheExamples() {
        assertThat(CreditCode.checkCharacter("91350100M000100Y4")).isEqualTo('3');
        assertThat(CreditCode.checkCharacter("91110000600037341")).isEqualTo('L');
        assertThat(CreditCode.organizationCheckCharacter("M000100Y")).isEqualTo('4');
        assertThat(CreditCode.organizationCheckCharacter("60003734")).isEqualTo('1');
    }

    @Test
    void organizationCheckWritesTenAsXAndElevenAsZero() {
        // 6·2 = 12 ≡ 1 (mod 11) → 11 − 1 = 10 → X;  all zeros → 11 − 0 = 11 → 0
        assertThat(CreditCode.organizationCheckCharacter("00000006")).isEqualTo('X');
        assertThat(CreditCode.organizationCheckCharacter("00000000")).isEqualTo('0');
    }

    @Test
    void checkCharacterWritesThirtyOneAsZero() {
        assertThat(CreditCode.checkCharacter("00000000000000000")).isEqualTo('0');
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "91350100M000100Y44", // last check character off by one
            "91350100M000100Y4Y", // last check character another letter
            "81350100M000100Y43", // first character changed
            "91110001600037341L", // a region digit changed
            "91110000600037341M"})
    void refusesCodesWithAWrongCheckCharacter(String code) {
        assertThat(CreditCode.isValid(code)).isFalse();
        assertThat(CreditCode.problem(code)).contains("the check character (position 18) does not match");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "91350100M000100Y34", // the two check characters swapped
            "91350100M000010Y43", // two organization-code digits swapped
            "91110000600037431L"})
    void refusesCodesWhoseOrganizationCodeWasCorrupted(String code) {
        assertThat(CreditCode.isValid(code)).isFalse();
        assertThat(CreditCode.problem(code)).contains(
                "the check character of the embedded organization code (position 17) does not match");
    }

    @Test
    void refusesACodeWhoseEmbeddedOrganizationCodeCheckIsWrongEvenWhenTheLastCheckFits() {
        String first17 = "91350100M000100Y5";
        String code = first17 + CreditCode.checkCharacter(first17);

        assertThat(CreditCode.problem(code)).contains(
                "the check character of the embedded organization code (position 17) does not match");
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100I43", "91350100M000100O43", "91350100M000100S43", "91350100M000100V43",
            "91350100M000100Z43", "91350100m000100y43", "91350100M000100-43"})
    void refusesCharactersOutsideTheAlphabet(String code) {
        assertThat(CreditCode.problem(code)).hasValueSatisfying(problem -> assertThat(problem).contains("is not allowed"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "91350100M000100Y4", "91350100M000100Y431"})
    void refusesAnythingNotEighteenCharactersLong(String code) {
        assertThat(CreditCode.problem(code)).contains("must have exactly 18 characters");
    }
}
