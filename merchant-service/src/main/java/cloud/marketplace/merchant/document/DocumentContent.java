package cloud.marketplace.merchant.document;

/** An image of a form with its bytes, to send to a partner. */
public record DocumentContent(DocumentInfo info, byte[] bytes) {

    public String fileName() {
        return info.kind().name().toLowerCase(java.util.Locale.ROOT) + (info.mediaType().equals("image/png") ? ".png" : ".jpg");
    }
}
