package cloud.marketplace.catalog.product;

import cloud.marketplace.contracts.events.FieldReason;
import cloud.marketplace.platform.persistence.DbTime;
import cloud.marketplace.platform.web.PageQuery;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class ProductRepository {

    private static final TypeReference<List<FieldReason>> REASONS = new TypeReference<>() {
    };
    private static final TypeReference<List<ChecklistMark>> MARKS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ProductRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<Product> findById(String id) {
        return jdbc.sql("""
                        SELECT id, provider_id, listing, listed_revision, listed_at, working_revision, working_stage,
                               submitted_at, rejection_reasons, delisted_at, delisted_by, delist_reason,
                               created_at, updated_at, version
                        FROM product WHERE id = :id""")
                .param("id", id)
                .query((rs, n) -> row(rs))
                .optional()
                .map(this::product);
    }

    void insert(Product product) {
        Product.WorkingRevision draft = product.working().orElseThrow();
        jdbc.sql("""
                INSERT INTO product (id, provider_id, listing, working_revision, working_stage, created_at, updated_at, version)
                VALUES (:id, :providerId, :listing, :revision, :stage, :createdAt, :updatedAt, 0)""")
                .param("id", product.id()).param("providerId", product.providerId())
                .param("listing", product.listing().name()).param("revision", draft.number())
                .param("stage", draft.stage().name()).param("createdAt", DbTime.utc(product.createdAt()))
                .param("updatedAt", DbTime.utc(product.updatedAt()))
                .update();
        saveRevision(product.id(), draft.number(), draft.content());
    }

    /**
     * Saves the product if nobody changed it since it was loaded ({@code version} unchanged),
     * else throws {@link OptimisticLockingFailureException} (answered 409).
     */
    void update(Product product) {
        Product.ListedRevision listed = product.listed().orElse(null);
        Product.WorkingRevision working = product.working().orElse(null);
        Product.Delisting delisting = product.delisting().orElse(null);
        int updated = jdbc.sql("""
                UPDATE product
                SET listing = :listing, listed_revision = :listedRevision, listed_category_id = :listedCategory,
                    listed_at = :listedAt, working_revision = :workingRevision, working_stage = :stage,
                    submitted_at = :submittedAt, rejection_reasons = :reasons, delisted_at = :delistedAt,
                    delisted_by = :delistedBy, delist_reason = :delistReason, updated_at = :updatedAt,
                    version = version + 1
                WHERE id = :id AND version = :version""")
                .param("listing", product.listing().name())
                .param("listedRevision", listed == null ? null : listed.number())
                .param("listedCategory", listed == null ? null : listed.content().categoryId())
                .param("listedAt", listed == null ? null : DbTime.utc(listed.listedAt()))
                .param("workingRevision", working == null ? null : working.number())
                .param("stage", working == null ? null : working.stage().name())
                .param("submittedAt", working == null ? null : DbTime.utc(working.submittedAt()))
                .param("reasons", working == null || working.rejection().isEmpty() ? null
                        : json.writeValueAsString(working.rejection()))
                .param("delistedAt", delisting == null ? null : DbTime.utc(delisting.at()))
                .param("delistedBy", delisting == null ? null : delisting.by())
                .param("delistReason", delisting == null ? null : delisting.reason())
                .param("updatedAt", DbTime.utc(product.updatedAt()))
                .param("id", product.id())
                .param("version", product.version())
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("product " + product.id() + " changed since version " + product.version());
        }
        if (working != null) {
            saveRevision(product.id(), working.number(), working.content());
        }
    }

    void insertReview(Review review) {
        jdbc.sql("""
                INSERT INTO product_review (product_id, revision, decision, reviewer, decided_at, checklist, reasons)
                VALUES (:productId, :revision, :decision, :reviewer, :decidedAt, :checklist, :reasons)""")
                .param("productId", review.productId()).param("revision", review.revision())
                .param("decision", review.decision().name()).param("reviewer", review.reviewer())
                .param("decidedAt", DbTime.utc(review.decidedAt()))
                .param("checklist", json.writeValueAsString(review.checklist()))
                .param("reasons", review.reasons().isEmpty() ? null : json.writeValueAsString(review.reasons()))
                .update();
    }

    List<Review> reviewsOf(String productId) {
        return jdbc.sql("""
                        SELECT product_id, revision, decision, reviewer, decided_at, checklist, reasons
                        FROM product_review WHERE product_id = :id ORDER BY id""")
                .param("id", productId)
                .query((rs, n) -> new Review(rs.getString("product_id"), rs.getInt("revision"),
                        ReviewDecision.valueOf(rs.getString("decision")), rs.getString("reviewer"),
                        DbTime.instant(rs, "decided_at"), json.readValue(rs.getString("checklist"), MARKS),
                        rs.getString("reasons") == null ? List.of() : json.readValue(rs.getString("reasons"), REASONS)))
                .list();
    }

    List<ProductLists.ListedProduct> listed(Long categoryId, PageQuery page) {
        return jdbc.sql("""
                        SELECT p.id, p.provider_id, r.category_id, r.name, r.summary, r.delivery_type, p.listed_at,
                               (SELECT MIN(amount_fen) FROM product_price_plan pp
                                WHERE pp.product_id = p.id AND pp.revision = p.listed_revision) AS from_fen
                        FROM product p JOIN product_revision r ON r.product_id = p.id AND r.number = p.listed_revision
                        WHERE p.listing = 'LISTED' AND (:categoryId IS NULL OR p.listed_category_id = :categoryId)
                        ORDER BY p.listed_at DESC, p.id
                        LIMIT :limit OFFSET :offset""")
                .param("categoryId", categoryId).param("limit", page.sizeOrDefault()).param("offset", page.offset())
                .query((rs, n) -> new ProductLists.ListedProduct(rs.getString("id"), rs.getString("provider_id"),
                        rs.getLong("category_id"), rs.getString("name"), rs.getString("summary"),
                        DeliveryType.valueOf(rs.getString("delivery_type")), rs.getLong("from_fen"),
                        DbTime.instant(rs, "listed_at")))
                .list();
    }

    long countListed(Long categoryId) {
        return jdbc.sql("SELECT COUNT(*) FROM product WHERE listing = 'LISTED' AND (:categoryId IS NULL OR listed_category_id = :categoryId)")
                .param("categoryId", categoryId).query(Long.class).single();
    }

    List<ProductLists.OwnProduct> ownedBy(String providerId, PageQuery page) {
        return jdbc.sql("""
                        SELECT p.id, p.listing, p.working_stage, p.updated_at,
                               COALESCE(w.category_id, l.category_id) AS category_id, COALESCE(w.name, l.name) AS name
                        FROM product p
                        LEFT JOIN product_revision w ON w.product_id = p.id AND w.number = p.working_revision
                        LEFT JOIN product_revision l ON l.product_id = p.id AND l.number = p.listed_revision
                        WHERE p.provider_id = :providerId
                        ORDER BY p.updated_at DESC, p.id
                        LIMIT :limit OFFSET :offset""")
                .param("providerId", providerId).param("limit", page.sizeOrDefault()).param("offset", page.offset())
                .query((rs, n) -> {
                    RevisionStage stage = rs.getString("working_stage") == null ? null
                            : RevisionStage.valueOf(rs.getString("working_stage"));
                    return new ProductLists.OwnProduct(rs.getString("id"), Product.statusOf(Listing.valueOf(rs.getString("listing")), stage),
                            stage, rs.getLong("category_id"), rs.getString("name"), DbTime.instant(rs, "updated_at"));
                })
                .list();
    }

    long countOwnedBy(String providerId) {
        return jdbc.sql("SELECT COUNT(*) FROM product WHERE provider_id = :providerId")
                .param("providerId", providerId).query(Long.class).single();
    }

    /** Submissions waiting for an operator, the oldest first. */
    List<ProductLists.QueuedProduct> underReview(PageQuery page) {
        return jdbc.sql("""
                        SELECT p.id, p.provider_id, p.working_revision, p.listing, p.submitted_at,
                               w.category_id, w.name, w.delivery_type
                        FROM product p JOIN product_revision w ON w.product_id = p.id AND w.number = p.working_revision
                        WHERE p.working_stage = 'UNDER_REVIEW'
                        ORDER BY p.submitted_at, p.id
                        LIMIT :limit OFFSET :offset""")
                .param("limit", page.sizeOrDefault()).param("offset", page.offset())
                .query((rs, n) -> new ProductLists.QueuedProduct(rs.getString("id"), rs.getString("provider_id"),
                        rs.getInt("working_revision"), rs.getLong("category_id"), rs.getString("name"),
                        DeliveryType.valueOf(rs.getString("delivery_type")), "LISTED".equals(rs.getString("listing")),
                        DbTime.instant(rs, "submitted_at")))
                .list();
    }

    long countUnderReview() {
        return jdbc.sql("SELECT COUNT(*) FROM product WHERE working_stage = 'UNDER_REVIEW'").query(Long.class).single();
    }

    ProductLists.ProviderProductCounts countsOf(String providerId) {
        return jdbc.sql("""
                        SELECT COUNT(*) AS total,
                               COALESCE(SUM(listing = 'LISTED'), 0) AS listed,
                               COALESCE(SUM(working_stage = 'UNDER_REVIEW'), 0) AS under_review
                        FROM product WHERE provider_id = :providerId""")
                .param("providerId", providerId)
                .query((rs, n) -> new ProductLists.ProviderProductCounts(providerId, rs.getLong("total"),
                        rs.getLong("listed"), rs.getLong("under_review")))
                .single();
    }

    private void saveRevision(String productId, int number, ProductContent content) {
        jdbc.sql("""
                INSERT INTO product_revision (product_id, number, category_id, name, summary, description, delivery_type,
                                              contact_name, contact_phone, contact_email)
                VALUES (:productId, :number, :categoryId, :name, :summary, :description, :deliveryType,
                        :contactName, :contactPhone, :contactEmail)
                ON DUPLICATE KEY UPDATE category_id = VALUES(category_id), name = VALUES(name), summary = VALUES(summary),
                    description = VALUES(description), delivery_type = VALUES(delivery_type),
                    contact_name = VALUES(contact_name), contact_phone = VALUES(contact_phone),
                    contact_email = VALUES(contact_email)""")
                .param("productId", productId).param("number", number).param("categoryId", content.categoryId())
                .param("name", content.name()).param("summary", content.summary())
                .param("description", content.description()).param("deliveryType", content.deliveryType().name())
                .param("contactName", content.contact().name()).param("contactPhone", content.contact().phone())
                .param("contactEmail", content.contact().email())
                .update();
        jdbc.sql("DELETE FROM product_price_plan WHERE product_id = :productId AND revision = :number")
                .param("productId", productId).param("number", number).update();
        List<PricePlan> plans = content.pricePlans();
        for (int i = 0; i < plans.size(); i++) {
            PricePlan plan = plans.get(i);
            jdbc.sql("""
                    INSERT INTO product_price_plan (product_id, revision, position, name, billing_cycle, amount_fen)
                    VALUES (:productId, :number, :position, :name, :cycle, :amountFen)""")
                    .param("productId", productId).param("number", number).param("position", i + 1)
                    .param("name", plan.name()).param("cycle", plan.billingCycle().name())
                    .param("amountFen", plan.amountFen())
                    .update();
        }
    }

    /** The product row as stored; the revisions' content is read after the row, not while it is open. */
    private record ProductRow(String id, String providerId, Listing listing, Integer listedRevision, Instant listedAt,
                              Integer workingRevision, RevisionStage workingStage, Instant submittedAt,
                              String rejectionReasons, Product.Delisting delisting, Instant createdAt,
                              Instant updatedAt, int version) {
    }

    private static ProductRow row(ResultSet rs) throws SQLException {
        String stage = rs.getString("working_stage");
        Instant delistedAt = DbTime.instant(rs, "delisted_at");
        return new ProductRow(rs.getString("id"), rs.getString("provider_id"), Listing.valueOf(rs.getString("listing")),
                rs.getObject("listed_revision", Integer.class), DbTime.instant(rs, "listed_at"),
                rs.getObject("working_revision", Integer.class), stage == null ? null : RevisionStage.valueOf(stage),
                DbTime.instant(rs, "submitted_at"), rs.getString("rejection_reasons"),
                delistedAt == null ? null : new Product.Delisting(delistedAt, rs.getString("delisted_by"), rs.getString("delist_reason")),
                DbTime.instant(rs, "created_at"), DbTime.instant(rs, "updated_at"), rs.getInt("version"));
    }

    private Product product(ProductRow row) {
        Product.ListedRevision listed = row.listedRevision() == null ? null
                : new Product.ListedRevision(row.listedRevision(), content(row.id(), row.listedRevision()), row.listedAt());
        Product.WorkingRevision working = row.workingRevision() == null ? null
                : new Product.WorkingRevision(row.workingRevision(), content(row.id(), row.workingRevision()),
                row.workingStage(), row.submittedAt(),
                row.rejectionReasons() == null ? List.of() : json.readValue(row.rejectionReasons(), REASONS));
        return new Product(row.id(), row.providerId(), row.createdAt(), row.version(), row.listing(), listed, working,
                row.delisting(), row.updatedAt());
    }

    private ProductContent content(String productId, int number) {
        List<PricePlan> plans = jdbc.sql("""
                        SELECT name, billing_cycle, amount_fen FROM product_price_plan
                        WHERE product_id = :productId AND revision = :number ORDER BY position""")
                .param("productId", productId).param("number", number)
                .query((rs, n) -> new PricePlan(rs.getString("name"), BillingCycle.valueOf(rs.getString("billing_cycle")),
                        rs.getLong("amount_fen")))
                .list();
        return jdbc.sql("""
                        SELECT category_id, name, summary, description, delivery_type, contact_name, contact_phone, contact_email
                        FROM product_revision WHERE product_id = :productId AND number = :number""")
                .param("productId", productId).param("number", number)
                .query((rs, n) -> new ProductContent(rs.getLong("category_id"), rs.getString("name"), rs.getString("summary"),
                        rs.getString("description"), DeliveryType.valueOf(rs.getString("delivery_type")), plans,
                        new Contact(rs.getString("contact_name"), rs.getString("contact_phone"), rs.getString("contact_email"))))
                .single();
    }

}
