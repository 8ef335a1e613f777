package cloud.marketplace.merchant.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SignedAnswerTest {

    private static final Instant NOW = Instant.parse("2025-06-01T02:00:00Z");
    private static final String BODY = "{\"applyment_state\":\"FINISH\"}";
    private static KeyPair platform;
    private static KeyPair other;

    @BeforeAll
    static void keys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        platform = generator.generateKeyPair();
        other = generator.generateKeyPair();
    }

    @Test
    void anAnswerSignedByThePlatformKeyIsVerified() {
        assertThat(check(NOW, sign(NOW, BODY, platform), BODY, "PUB_KEY_ID_1")).isEqualTo(SignedAnswer.Verdict.VERIFIED);
    }

    @Test
    void aTamperedBodyOrAnotherKeysSignatureIsForged() {
        assertThat(check(NOW, sign(NOW, BODY, platform), BODY.replace("FINISH", "REJECTED"), "PUB_KEY_ID_1"))
                .isEqualTo(SignedAnswer.Verdict.FORGED);
        assertThat(check(NOW, sign(NOW, BODY, other), BODY, "PUB_KEY_ID_1")).isEqualTo(SignedAnswer.Verdict.FORGED);
        assertThat(check(NOW, "not base64 at all!", BODY, "PUB_KEY_ID_1")).isEqualTo(SignedAnswer.Verdict.FORGED);
    }

    @Test
    void aTimestampFiveMinutesOffIsAcceptedAndOneSecondMoreIsStale() {
        Instant fiveMinutesAgo = NOW.minusSeconds(300);
        Instant tooOld = NOW.minusSeconds(301);
        Instant tooNew = NOW.plusSeconds(301);
        assertThat(check(fiveMinutesAgo, sign(fiveMinutesAgo, BODY, platform), BODY, "PUB_KEY_ID_1"))
                .isEqualTo(SignedAnswer.Verdict.VERIFIED);
        assertThat(check(tooOld, sign(tooOld, BODY, platform), BODY, "PUB_KEY_ID_1")).isEqualTo(SignedAnswer.Verdict.STALE);
        assertThat(check(tooNew, sign(tooNew, BODY, platform), BODY, "PUB_KEY_ID_1")).isEqualTo(SignedAnswer.Verdict.STALE);
    }

    @Test
    void aMissingHeaderOrAnUnknownSerialIsNotTrusted() {
        assertThat(SignedAnswer.check(null, "n", "PUB_KEY_ID_1", "s", BODY, "PUB_KEY_ID_1", platform.getPublic(), NOW))
                .isEqualTo(SignedAnswer.Verdict.UNSIGNED);
        assertThat(check(NOW, sign(NOW, BODY, platform), BODY, "PUB_KEY_ID_2")).isEqualTo(SignedAnswer.Verdict.WRONG_SERIAL);
    }

    private static SignedAnswer.Verdict check(Instant at, String signature, String body, String serial) {
        return SignedAnswer.check(Long.toString(at.getEpochSecond()), "NONCE", serial, signature, body, "PUB_KEY_ID_1",
                platform.getPublic(), NOW);
    }

    private static String sign(Instant at, String body, KeyPair keys) {
        return RsaSignatures.sign(at.getEpochSecond() + "\nNONCE\n" + body + "\n", keys.getPrivate());
    }
}
