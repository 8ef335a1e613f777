package cloud.marketplace.e2e;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Small real images, made when needed: what a provider scans and uploads. */
final class Documents {

    /** A PNG of a stamped licence: a white page, a frame and a red seal. */
    static byte[] licencePng() {
        BufferedImage page = new BufferedImage(420, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 420, 300);
        g.setColor(new Color(0xB0, 0x8D, 0x57));
        g.drawRect(10, 10, 400, 280);
        g.setColor(Color.RED);
        g.drawOval(300, 190, 80, 80);
        g.dispose();
        return encode(page, "png");
    }

    /** A JPEG of one side of an ID card. */
    static byte[] idCardJpeg(Color tint) {
        BufferedImage card = new BufferedImage(342, 216, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = card.createGraphics();
        g.setColor(tint);
        g.fillRoundRect(0, 0, 342, 216, 24, 24);
        g.setColor(Color.DARK_GRAY);
        g.fillRect(230, 40, 80, 100);
        g.dispose();
        return encode(card, "jpg");
    }

    private static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, bytes)) {
                throw new IllegalStateException("no " + format + " writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private Documents() {
    }
}
