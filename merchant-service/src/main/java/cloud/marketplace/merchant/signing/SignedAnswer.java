package cloud.marketplace.merchant.signing;

import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;

/**
 * Checks a partner's answer as WeChat Pay API v3 defines it: the partner's key signs
 * {@code timestamp\nnonce\nbody\n}; the serial names the key. Closes what clients often leave
 * open: every answer is checked whatever its status and content type, and the timestamp must be
 * within {@link #WINDOW} of our clock, so an old answer cannot be replayed.
 */
public final class SignedAnswer {

    public static final Duration WINDOW = Duration.ofMinutes(5);

    public enum Verdict {
        VERIFIED, UNSIGNED, WRONG_SERIAL, STALE, FORGED;

        public boolean trusted() {
            return this == VERIFIED;
        }
    }

    public static Verdict check(String timestamp, String nonce, String serial, String signature, String body,
                                String expectedSerial, PublicKey key, Instant now) {
        if (blank(timestamp) || blank(nonce) || blank(serial) || blank(signature)) {
            return Verdict.UNSIGNED;
        }
        if (!serial.equals(expectedSerial)) {
            return Verdict.WRONG_SERIAL;
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException e) {
            return Verdict.STALE;
        }
        if (Math.abs(now.getEpochSecond() - seconds) > WINDOW.toSeconds()) {
            return Verdict.STALE;
        }
        String message = timestamp + "\n" + nonce + "\n" + (body == null ? "" : body) + "\n";
        return RsaSignatures.verify(message, signature, key) ? Verdict.VERIFIED : Verdict.FORGED;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private SignedAnswer() {
    }
}
