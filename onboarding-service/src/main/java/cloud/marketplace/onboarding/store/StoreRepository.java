package cloud.marketplace.onboarding.store;

import cloud.marketplace.onboarding.application.RejectionReason;
import cloud.marketplace.platform.persistence.DbTime;
import cloud.marketplace.platform.web.Page;
import cloud.marketplace.platform.web.PageQuery;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class StoreRepository {

    private static final TypeReference<List<String>> NAMES = new TypeReference<>() { };
    private static final TypeReference<List<RejectionReason>> REASONS = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final RowMapper<StoreRevision> revisionRow;

    StoreRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
        this.revisionRow = (rs, n) -> new StoreRevision(rs.getInt("revision"),
                StoreRevisionStatus.valueOf(rs.getString("status")),
                new StoreProfile(rs.getString("name"), rs.getString("introduction"),
                        new StoreProfile.CustomerService(rs.getString("service_phone"), rs.getString("service_email"),
                                rs.getString("service_hours")),
                        json.readValue(rs.getString("featured_products"), NAMES)),
                DbTime.instant(rs, "created_at"), DbTime.instant(rs, "updated_at"), DbTime.instant(rs, "submitted_at"),
                DbTime.instant(rs, "decided_at"), rs.getString("decided_by"),
                rs.getString("reasons") == null ? List.of() : json.readValue(rs.getString("reasons"), REASONS));
    }

    Optional<Store> find(String providerId) {
        record Head(int current, Integer published, int version) { }
        return jdbc.sql("SELECT current_revision, published_revision, version FROM store WHERE provider_id = :providerId")
                .param("providerId", providerId)
                .query((rs, n) -> new Head(rs.getInt("current_revision"), rs.getObject("published_revision", Integer.class),
                        rs.getInt("version")))
                .optional()
                .map(head -> Store.restore(providerId, revision(providerId, head.current()),
                        head.published() == null ? null : revision(providerId, head.published()), head.version()));
    }

    /** Stores whose current revision is in a state, oldest submission first. */
    Page<Store> findByCurrentStatus(StoreRevisionStatus status, PageQuery page) {
        long total = jdbc.sql("""
                SELECT COUNT(*) FROM store s JOIN store_revision r
                  ON r.provider_id = s.provider_id AND r.revision = s.current_revision
                WHERE r.status = :status""").param("status", status.name()).query(Long.class).single();
        List<String> providers = jdbc.sql("""
                SELECT s.provider_id FROM store s JOIN store_revision r
                  ON r.provider_id = s.provider_id AND r.revision = s.current_revision
                WHERE r.status = :status
                ORDER BY r.submitted_at IS NULL, r.submitted_at, r.updated_at, s.provider_id LIMIT :limit OFFSET :offset""")
                .param("status", status.name()).param("limit", page.sizeOrDefault()).param("offset", page.offset())
                .query(String.class).list();
        return page.page(providers.stream().map(p -> find(p).orElseThrow()).toList(), total);
    }

    /** Inserts a new store, or updates one if nobody changed it since it was read. */
    void save(Store store) {
        StoreRevision published = store.published();
        if (store.isNew()) {
            jdbc.sql("""
                    INSERT INTO store (provider_id, current_revision, published_revision, version)
                    VALUES (:providerId, :current, :published, 0)""")
                    .param("providerId", store.providerId()).param("current", store.current().revision())
                    .param("published", published == null ? null : published.revision())
                    .update();
        } else {
            int rows = jdbc.sql("""
                    UPDATE store SET current_revision = :current, published_revision = :published, version = version + 1
                    WHERE provider_id = :providerId AND version = :version""")
                    .param("current", store.current().revision())
                    .param("published", published == null ? null : published.revision())
                    .param("providerId", store.providerId()).param("version", store.version())
                    .update();
            if (rows == 0) {
                throw new OptimisticLockingFailureException("store of " + store.providerId() + " was changed concurrently");
            }
        }
        upsert(store.providerId(), store.current());
        if (store.superseded() != null) {
            upsert(store.providerId(), store.superseded());
        }
        store.saved();
    }

    private StoreRevision revision(String providerId, int revision) {
        return jdbc.sql("SELECT * FROM store_revision WHERE provider_id = :providerId AND revision = :revision")
                .param("providerId", providerId).param("revision", revision).query(revisionRow).single();
    }

    private void upsert(String providerId, StoreRevision r) {
        StoreProfile p = r.profile();
        jdbc.sql("""
                INSERT INTO store_revision (provider_id, revision, status, name, introduction, service_phone, service_email,
                    service_hours, featured_products, created_at, updated_at, submitted_at, decided_at, decided_by, reasons)
                VALUES (:providerId, :revision, :status, :name, :introduction, :phone, :email, :hours, :featured,
                    :createdAt, :updatedAt, :submittedAt, :decidedAt, :decidedBy, :reasons)
                ON DUPLICATE KEY UPDATE status = VALUES(status), name = VALUES(name), introduction = VALUES(introduction),
                    service_phone = VALUES(service_phone), service_email = VALUES(service_email),
                    service_hours = VALUES(service_hours), featured_products = VALUES(featured_products),
                    updated_at = VALUES(updated_at), submitted_at = VALUES(submitted_at), decided_at = VALUES(decided_at),
                    decided_by = VALUES(decided_by), reasons = VALUES(reasons)""")
                .param("providerId", providerId).param("revision", r.revision()).param("status", r.status().name())
                .param("name", p.name()).param("introduction", p.introduction())
                .param("phone", p.customerService().phone()).param("email", p.customerService().email())
                .param("hours", p.customerService().hours())
                .param("featured", json.writeValueAsString(p.featuredProducts()))
                .param("createdAt", DbTime.utc(r.createdAt())).param("updatedAt", DbTime.utc(r.updatedAt()))
                .param("submittedAt", DbTime.utc(r.submittedAt())).param("decidedAt", DbTime.utc(r.decidedAt()))
                .param("decidedBy", r.decidedBy())
                .param("reasons", r.reasons().isEmpty() ? null : json.writeValueAsString(r.reasons()))
                .update();
    }
}
