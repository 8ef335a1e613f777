package cloud.marketplace.billing.client.channels;

import cloud.marketplace.billing.payment.NotificationCheck;
import cloud.marketplace.billing.payment.NotificationVerdict;
import cloud.marketplace.billing.payment.SignedNotification;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The checks every channel notification passes before it is read: the signature headers are
 * there, the signature over {@code timestamp\nnonce\nbody\n} holds, and the timestamp is within
 * the tolerance of our clock. (The nonce is checked against earlier ones when it is stored.)
 */
final class NotificationSignatures {

    private static final Pattern NONCE = Pattern.compile("[A-Za-z0-9_-]{8,64}");
    private static final Pattern EPOCH_SECONDS = Pattern.compile("\\d{1,12}");

    /** The names of the three signature headers a channel sends. */
    record Headers(String timestamp, String nonce, String signature) {
    }

    /** The signed headers of a notification, once present and well-formed. */
    record Signed(String timestamp, String nonce, String signature) {
    }

    static Optional<NotificationCheck.Rejected> unsignedOrMalformed(SignedNotification notification, Headers names) {
        String timestamp = notification.header(names.timestamp());
        String nonce = notification.header(names.nonce());
        String signature = notification.header(names.signature());
        if (blank(timestamp) || blank(nonce) || blank(signature)) {
            return Optional.of(new NotificationCheck.Rejected(NotificationVerdict.UNSIGNED, "signature headers missing"));
        }
        if (!EPOCH_SECONDS.matcher(timestamp).matches() || !NONCE.matcher(nonce).matches()) {
            return Optional.of(new NotificationCheck.Rejected(NotificationVerdict.BAD_SIGNATURE, "malformed timestamp or nonce"));
        }
        return Optional.empty();
    }

    /** How a channel checks the signature over the signed message; answers why it fails, if it does. */
    @FunctionalInterface
    interface SignatureCheck {
        Optional<String> failure(byte[] message, String signature);
    }

    /** The outcome of the envelope checks: the signed headers, or why the notification is refused. */
    record Envelope(Signed signed, NotificationCheck.Rejected rejected) {
    }

    /**
     * The checks every channel makes before reading the body, in this order: signature headers
     * present and well formed, the signature, the timestamp window.
     */
    static Envelope envelope(SignedNotification notification, Headers names, SignatureCheck check, Clock clock,
                             Duration tolerance) {
        Optional<NotificationCheck.Rejected> unsigned = unsignedOrMalformed(notification, names);
        if (unsigned.isPresent()) {
            return new Envelope(null, unsigned.get());
        }
        Signed signed = signed(notification, names);
        Optional<String> failure = check.failure(message(signed.timestamp(), signed.nonce(), notification.body()),
                signed.signature());
        if (failure.isPresent()) {
            return new Envelope(null, new NotificationCheck.Rejected(NotificationVerdict.BAD_SIGNATURE, failure.get()));
        }
        return stale(signed.timestamp(), clock, tolerance)
                .map(rejected -> new Envelope(null, rejected))
                .orElseGet(() -> new Envelope(signed, null));
    }

    static Signed signed(SignedNotification notification, Headers names) {
        return new Signed(notification.header(names.timestamp()), notification.header(names.nonce()),
                notification.header(names.signature()));
    }

    static Optional<NotificationCheck.Rejected> stale(String timestamp, Clock clock, Duration tolerance) {
        Instant sent = Instant.ofEpochSecond(Long.parseLong(timestamp));
        Duration skew = Duration.between(sent, clock.instant()).abs();
        return skew.compareTo(tolerance) > 0
                ? Optional.of(new NotificationCheck.Rejected(NotificationVerdict.STALE, "timestamp " + sent + " is "
                + skew.toSeconds() + " s away from now"))
                : Optional.empty();
    }

    /** {@code timestamp\nnonce\nbody\n}: what is signed. */
    static byte[] message(String timestamp, String nonce, byte[] body) {
        ByteArrayOutputStream message = new ByteArrayOutputStream(body.length + 96);
        message.writeBytes((timestamp + "\n" + nonce + "\n").getBytes(StandardCharsets.UTF_8));
        message.writeBytes(body);
        message.write('\n');
        return message.toByteArray();
    }

    static boolean rsaValid(PublicKey key, byte[] message, String base64Signature) {
        try {
            Signature verifier = Signature.getInstance("SHA256withRSA");
            verifier.initVerify(key);
            verifier.update(message);
            return verifier.verify(Base64.getDecoder().decode(base64Signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    static String rsaSign(PrivateKey key, byte[] message) {
        try {
            Signature signer = Signature.getInstance("SHA256withRSA");
            signer.initSign(key);
            signer.update(message);
            return Base64.getEncoder().encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean hmacValid(byte[] key, byte[] message, String base64Signature) {
        try {
            byte[] expected = hmac(key, message);
            return MessageDigest.isEqual(expected, Base64.getDecoder().decode(base64Signature));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static byte[] hmac(byte[] key, byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private NotificationSignatures() {
    }
}
