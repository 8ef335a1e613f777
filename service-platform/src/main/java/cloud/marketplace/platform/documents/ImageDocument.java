package cloud.marketplace.platform.documents;

import cloud.marketplace.platform.web.ProblemException;
import cloud.marketplace.platform.web.ProblemTypes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * An uploaded image checked by its bytes — never by its file name or declared content type:
 * JPEG ({@code FF D8 FF}) or PNG (the 8-byte signature), non-empty and within a size limit.
 */
public record ImageDocument(Format format, byte[] bytes, String sha256) {

    public enum Format {
        JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
        PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});

        private final String mediaType;
        private final byte[] magic;

        Format(String mediaType, byte[] magic) {
            this.mediaType = mediaType;
            this.magic = magic;
        }

        public String mediaType() {
            return mediaType;
        }

        boolean matches(byte[] bytes) {
            return bytes.length >= magic.length && Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length);
        }
    }

    /** Checks the bytes; refuses with a 400 problem that says why. */
    public static ImageDocument of(byte[] bytes, long maxBytes) {
        if (bytes == null || bytes.length == 0) {
            throw invalid("The file is empty.");
        }
        if (bytes.length > maxBytes) {
            throw invalid("The file has " + bytes.length + " bytes; at most " + maxBytes + " are accepted.")
                    .with("maxBytes", maxBytes);
        }
        Format format = Arrays.stream(Format.values()).filter(f -> f.matches(bytes)).findFirst()
                .orElseThrow(() -> invalid("The file is not a JPEG or PNG image (checked by its content, not its name)."));
        return new ImageDocument(format, bytes, sha256(bytes));
    }

    private static ProblemException invalid(String detail) {
        return ProblemException.badRequest(ProblemTypes.INVALID_DOCUMENT, detail);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
