package cloud.marketplace.merchant.document;

import cloud.marketplace.platform.documents.ImageDocument;
import cloud.marketplace.platform.persistence.DbTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The images of every merchant form, one per kind and form; a new upload replaces the previous one. */
@Component
public class DocumentStore {

    private static final String INFO = "kind, media_type, sha256, size_bytes, uploaded_at";
    private static final RowMapper<DocumentInfo> INFO_ROW = (rs, n) -> new DocumentInfo(DocumentKind.valueOf(rs.getString("kind")),
            rs.getString("media_type"), rs.getString("sha256"), rs.getInt("size_bytes"), DbTime.instant(rs, "uploaded_at"));

    private final JdbcClient jdbc;

    DocumentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public DocumentInfo store(String ownerId, DocumentKind kind, ImageDocument image, Instant uploadedAt) {
        jdbc.sql("""
                INSERT INTO merchant_document (owner_id, kind, media_type, sha256, size_bytes, content, uploaded_at)
                VALUES (:owner, :kind, :mediaType, :sha256, :size, :content, :uploadedAt)
                ON DUPLICATE KEY UPDATE media_type = VALUES(media_type), sha256 = VALUES(sha256), size_bytes = VALUES(size_bytes),
                    content = VALUES(content), uploaded_at = VALUES(uploaded_at)""")
                .param("owner", ownerId).param("kind", kind.name()).param("mediaType", image.format().mediaType())
                .param("sha256", image.sha256()).param("size", image.bytes().length).param("content", image.bytes())
                .param("uploadedAt", DbTime.utc(uploadedAt))
                .update();
        return new DocumentInfo(kind, image.format().mediaType(), image.sha256(), image.bytes().length, uploadedAt);
    }

    public List<DocumentInfo> list(String ownerId) {
        return jdbc.sql("SELECT " + INFO + " FROM merchant_document WHERE owner_id = :owner ORDER BY kind")
                .param("owner", ownerId).query(INFO_ROW).list();
    }

    public Optional<DocumentContent> content(String ownerId, DocumentKind kind) {
        return jdbc.sql("SELECT " + INFO + ", content FROM merchant_document WHERE owner_id = :owner AND kind = :kind")
                .param("owner", ownerId).param("kind", kind.name())
                .query((rs, n) -> new DocumentContent(INFO_ROW.mapRow(rs, n), rs.getBytes("content"))).optional();
    }
}
