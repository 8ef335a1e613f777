package cloud.marketplace.merchant.document;

import java.time.Instant;

/** An image of a form, without its bytes. */
public record DocumentInfo(DocumentKind kind, String mediaType, String sha256, int size, Instant uploadedAt) {
}
