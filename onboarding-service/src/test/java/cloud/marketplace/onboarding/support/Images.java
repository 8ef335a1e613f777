package cloud.marketplace.onboarding.support;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import javax.imageio.ImageIO;

/** Image files for upload tests: real PNG/JPEG, and files that only pretend. */
public final class Images {

    public static final int TWO_MB = 2 * 1024 * 1024;

    public static byte[] png() {
        return encode("png");
    }

    public static byte[] jpeg() {
        return encode("jpg");
    }

    /** A real PNG padded with trailing bytes to exactly {@code size} bytes. */
    public static byte[] pngOfSize(int size) {
        return Arrays.copyOf(png(), size);
    }

    public static byte[] pdf() {
        return "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    /** A Windows executable's header (MZ), to be uploaded under a .png name. */
    public static byte[] executable() {
        byte[] bytes = new byte[512];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        return bytes;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] encode(String format) {
        BufferedImage image = new BufferedImage(32, 20, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 4, 0xCC0000);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Images() {
    }
}
