package cloud.marketplace.merchant.form;

import cloud.marketplace.merchant.document.DocumentInfo;
import cloud.marketplace.merchant.document.DocumentKind;
import cloud.marketplace.platform.BusinessCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Rules on the images of a form: which must be there, how large they may be, when they were uploaded. */
public final class FormDocuments {

    public static final String DOCUMENT_MISSING = "DOCUMENT_MISSING";
    public static final String DOCUMENT_TOO_LARGE = "DOCUMENT_TOO_LARGE";
    public static final String DOCUMENTS_NOT_SAME_DAY = "DOCUMENTS_NOT_SAME_DAY";
    /** The partners' limit for a form's photos: 400 KB. */
    public static final long MAX_PHOTO_BYTES = 400 * 1024;

    public static List<Violation> required(Collection<DocumentInfo> documents, Set<DocumentKind> kinds) {
        Set<DocumentKind> present = documents.stream().map(DocumentInfo::kind).collect(Collectors.toSet());
        List<Violation> violations = new ArrayList<>();
        for (DocumentKind kind : new TreeSet<>(kinds)) {
            if (!present.contains(kind)) {
                violations.add(new Violation(DOCUMENT_MISSING, "documents." + kind, "upload the " + kind.title()));
            }
        }
        return violations;
    }

    public static List<Violation> withinPhotoLimit(Collection<DocumentInfo> documents, Set<DocumentKind> kinds) {
        return documents.stream()
                .filter(document -> kinds.contains(document.kind()) && document.size() > MAX_PHOTO_BYTES)
                .map(document -> new Violation(DOCUMENT_TOO_LARGE, "documents." + document.kind(), "the " + document.kind().title()
                        + " has " + document.size() + " bytes; at most " + MAX_PHOTO_BYTES + " (400 KB) are accepted: upload a smaller image"))
                .toList();
    }

    /** Tenpay reviews faster when the ID card sides and the licence were uploaded the same (Asia/Shanghai) day. */
    public static List<Violation> uploadedSameDay(Collection<DocumentInfo> documents, Set<DocumentKind> kinds) {
        Map<DocumentKind, LocalDate> days = documents.stream().filter(document -> kinds.contains(document.kind()))
                .collect(Collectors.toMap(DocumentInfo::kind, document -> BusinessCalendar.dateOf(document.uploadedAt())));
        if (days.size() < 2 || days.values().stream().distinct().count() == 1) {
            return List.of();
        }
        String when = days.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(entry -> entry.getKey() + " on " + entry.getValue()).collect(Collectors.joining(", "));
        return List.of(new Violation(DOCUMENTS_NOT_SAME_DAY, "documents",
                "the ID card front and back and the business licence must be uploaded on the same day (Asia/Shanghai); "
                        + "they were uploaded " + when + ". Upload them again today"));
    }

    private FormDocuments() {
    }
}
