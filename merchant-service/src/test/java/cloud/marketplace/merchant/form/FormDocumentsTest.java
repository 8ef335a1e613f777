package cloud.marketplace.merchant.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cloud.marketplace.merchant.Fixtures;
import cloud.marketplace.merchant.document.DocumentInfo;
import cloud.marketplace.merchant.document.DocumentKind;
import cloud.marketplace.platform.documents.ImageDocument;
import cloud.marketplace.platform.web.ProblemException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FormDocumentsTest {

    private static final Set<DocumentKind> TENPAY = EnumSet.of(DocumentKind.BUSINESS_LICENSE, DocumentKind.ID_CARD_FRONT,
            DocumentKind.ID_CARD_BACK);

    @Test
    void aPhotoOfExactly400KbIsAcceptedAndOneByteMoreIsNot() {
        assertThat(FormDocuments.MAX_PHOTO_BYTES).isEqualTo(409_600);
        assertThat(ImageDocument.of(Fixtures.jpeg(409_600), FormDocuments.MAX_PHOTO_BYTES).bytes()).hasSize(409_600);
        assertThatThrownBy(() -> ImageDocument.of(Fixtures.png(409_601), FormDocuments.MAX_PHOTO_BYTES))
                .isInstanceOf(ProblemException.class).hasMessageContaining("409601 bytes");

        assertThat(FormDocuments.withinPhotoLimit(List.of(document(DocumentKind.ID_CARD_FRONT, 409_600, Fixtures.NOW)), TENPAY)).isEmpty();
        assertThat(FormDocuments.withinPhotoLimit(List.of(document(DocumentKind.BUSINESS_LICENSE, 409_601, Fixtures.NOW)), TENPAY))
                .extracting(Violation::field, Violation::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("documents.BUSINESS_LICENSE", FormDocuments.DOCUMENT_TOO_LARGE));
    }

    @Test
    void uploadsFromMidnightToOneSecondBeforeTheNextMidnightInShanghaiAreTheSameDay() {
        Instant midnight = Instant.parse("2025-05-31T16:00:00Z"); // 2025-06-01 00:00 Asia/Shanghai
        Instant lastSecond = Instant.parse("2025-06-01T15:59:59.999Z"); // 2025-06-01 23:59:59.999
        assertThat(FormDocuments.uploadedSameDay(List.of(document(DocumentKind.ID_CARD_FRONT, 10, midnight),
                document(DocumentKind.ID_CARD_BACK, 10, lastSecond), document(DocumentKind.BUSINESS_LICENSE, 10, midnight)), TENPAY))
                .isEmpty();
    }

    @Test
    void anUploadAtTheNextMidnightInShanghaiIsAnotherDay() {
        Instant lastSecond = Instant.parse("2025-06-01T15:59:59.999Z");
        Instant nextMidnight = Instant.parse("2025-06-01T16:00:00Z"); // 2025-06-02 00:00 Asia/Shanghai, still June 1st in UTC
        List<Violation> violations = FormDocuments.uploadedSameDay(List.of(document(DocumentKind.ID_CARD_FRONT, 10, lastSecond),
                document(DocumentKind.ID_CARD_BACK, 10, nextMidnight), document(DocumentKind.BUSINESS_LICENSE, 10, lastSecond)), TENPAY);
        assertThat(violations).extracting(Violation::code).containsExactly(FormDocuments.DOCUMENTS_NOT_SAME_DAY);
        assertThat(violations.getFirst().message()).contains("same day", "ID_CARD_BACK on 2025-06-02", "ID_CARD_FRONT on 2025-06-01");
    }

    @Test
    void missingDocumentsAreNamed() {
        assertThat(FormDocuments.required(List.of(document(DocumentKind.BUSINESS_LICENSE, 10, Fixtures.NOW)), TENPAY))
                .extracting(Violation::field).containsExactly("documents.ID_CARD_FRONT", "documents.ID_CARD_BACK");
    }

    private static DocumentInfo document(DocumentKind kind, int size, Instant uploadedAt) {
        return new DocumentInfo(kind, "image/jpeg", "0".repeat(64), size, uploadedAt);
    }
}
