package cloud.marketplace.onboarding.application;

import cloud.marketplace.platform.documents.ImageDocument;
import cloud.marketplace.platform.persistence.DbTime;
import cloud.marketplace.platform.sensitive.FieldCipher;
import cloud.marketplace.platform.web.Page;
import cloud.marketplace.platform.web.PageQuery;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Applications with their agreements, categories, licence e-copy and decisions. Saving checks the
 * version read (optimistic locking): a concurrent change makes the second save fail with 409.
 * The contact's mobile number is stored encrypted.
 */
@Repository
public class ApplicationRepository {

    private static final TypeReference<List<RejectionReason>> REASONS = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final JsonMapper json;

    ApplicationRepository(JdbcClient jdbc, FieldCipher cipher, JsonMapper json) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.json = json;
    }

    public Optional<Application> find(String id) {
        return jdbc.sql("""
                SELECT a.*, l.media_type, l.size_bytes, l.sha256, l.uploaded_at
                FROM application a LEFT JOIN business_license l ON l.application_id = a.id
                WHERE a.id = :id""")
                .param("id", id).query((rs, n) -> restore(rs)).optional().map(Supplier::get);
    }

    public Optional<Application> findByProvider(String providerId) {
        return jdbc.sql("SELECT id FROM application WHERE provider_id = :providerId").param("providerId", providerId)
                .query(String.class).optional().flatMap(this::find);
    }

    /** Applications in a state, oldest first (by submission, then creation). */
    public Page<Application> findByStatus(ApplicationStatus status, PageQuery page) {
        long total = jdbc.sql("SELECT COUNT(*) FROM application WHERE status = :status").param("status", status.name())
                .query(Long.class).single();
        List<String> ids = jdbc.sql("""
                SELECT id FROM application WHERE status = :status
                ORDER BY submitted_at IS NULL, submitted_at, created_at, id LIMIT :limit OFFSET :offset""")
                .param("status", status.name()).param("limit", page.sizeOrDefault()).param("offset", page.offset())
                .query(String.class).list();
        return page.page(ids.stream().map(id -> find(id).orElseThrow()).toList(), total);
    }

    void insert(Application application) {
        jdbc.sql("""
                INSERT INTO application (id, provider_id, status, revision, created_at, updated_at, version)
                VALUES (:id, :providerId, :status, :revision, :createdAt, :updatedAt, 0)""")
                .param("id", application.id()).param("providerId", application.providerId())
                .param("status", application.status().name()).param("revision", application.revision())
                .param("createdAt", DbTime.utc(application.createdAt()))
                .param("updatedAt", DbTime.utc(application.updatedAt()))
                .update();
        update(application);
    }

    /** Writes the application's state if nobody changed it since it was read. */
    public void update(Application a) {
        ApplicationForm form = a.form();
        VerifiedCompany company = a.company();
        Contact contact = form.contact();
        int rows = jdbc.sql("""
                UPDATE application SET status = :status, revision = :revision, company_name = :companyName,
                    credit_code = :creditCode, legal_representative_name = :legalRepresentative,
                    business_license_number = :licenseNumber, established_on = :establishedOn,
                    registered_capital_fen = :capital, technical_staff = :technical, support_staff = :support,
                    support_days_per_week = :days, support_hours_per_day = :hours,
                    contact_name = :contactName, contact_mobile = :contactMobile, contact_email = :contactEmail,
                    updated_at = :updatedAt, submitted_at = :submittedAt, decided_at = :decidedAt, decided_by = :decidedBy,
                    version = version + 1
                WHERE id = :id AND version = :version""")
                .param("status", a.status().name()).param("revision", a.revision())
                .param("companyName", company == null ? null : company.companyName())
                .param("creditCode", company == null ? null : company.creditCode())
                .param("legalRepresentative", company == null ? null : company.legalRepresentativeName())
                .param("licenseNumber", form.businessLicenseNumber())
                .param("establishedOn", form.establishedOn())
                .param("capital", form.registeredCapitalFen())
                .param("technical", form.technicalStaff()).param("support", form.supportStaff())
                .param("days", form.supportSchedule() == null ? null : form.supportSchedule().daysPerWeek())
                .param("hours", form.supportSchedule() == null ? null : form.supportSchedule().hoursPerDay())
                .param("contactName", contact == null ? null : contact.name())
                .param("contactMobile", contact == null ? null : cipher.encrypt(contact.mobile()))
                .param("contactEmail", contact == null ? null : contact.email())
                .param("updatedAt", DbTime.utc(a.updatedAt()))
                .param("submittedAt", DbTime.utc(a.submittedAt()))
                .param("decidedAt", DbTime.utc(a.decidedAt()))
                .param("decidedBy", a.decidedBy())
                .param("id", a.id()).param("version", a.version())
                .update();
        if (rows == 0) {
            throw new OptimisticLockingFailureException("application " + a.id() + " was changed concurrently");
        }
        replaceAgreements(a);
        replaceCategories(a);
        for (Decision decision : a.unsavedDecisions()) {
            jdbc.sql("""
                    INSERT INTO application_decision (application_id, revision, verdict, decided_by, decided_at, reasons)
                    VALUES (:id, :revision, :verdict, :decidedBy, :decidedAt, :reasons)""")
                    .param("id", a.id()).param("revision", decision.revision()).param("verdict", decision.verdict().name())
                    .param("decidedBy", decision.decidedBy()).param("decidedAt", DbTime.utc(decision.decidedAt()))
                    .param("reasons", json.writeValueAsString(decision.reasons()))
                    .update();
        }
        a.saved();
    }

    void saveLicense(String applicationId, ImageDocument document, Instant uploadedAt) {
        jdbc.sql("DELETE FROM business_license WHERE application_id = :id").param("id", applicationId).update();
        jdbc.sql("""
                INSERT INTO business_license (application_id, media_type, size_bytes, sha256, content, uploaded_at)
                VALUES (:id, :mediaType, :size, :sha256, :content, :uploadedAt)""")
                .param("id", applicationId).param("mediaType", document.format().mediaType())
                .param("size", document.bytes().length).param("sha256", document.sha256())
                .param("content", document.bytes()).param("uploadedAt", DbTime.utc(uploadedAt))
                .update();
    }

    Optional<LicenseContent> licenseContent(String applicationId) {
        return jdbc.sql("SELECT media_type, sha256, content FROM business_license WHERE application_id = :id")
                .param("id", applicationId)
                .query((rs, n) -> new LicenseContent(rs.getString("media_type"), rs.getString("sha256"),
                        rs.getBytes("content")))
                .optional();
    }

    private void replaceAgreements(Application a) {
        jdbc.sql("DELETE FROM application_agreement WHERE application_id = :id").param("id", a.id()).update();
        for (AcceptedAgreement agreement : a.form().agreements()) {
            jdbc.sql("""
                    INSERT INTO application_agreement (application_id, code, version, accepted_at)
                    VALUES (:id, :code, :version, :acceptedAt)""")
                    .param("id", a.id()).param("code", agreement.code()).param("version", agreement.version())
                    .param("acceptedAt", DbTime.utc(agreement.acceptedAt()))
                    .update();
        }
    }

    private void replaceCategories(Application a) {
        jdbc.sql("DELETE FROM application_category WHERE application_id = :id").param("id", a.id()).update();
        List<Long> ids = a.form().categoryIds();
        for (int i = 0; i < ids.size(); i++) {
            jdbc.sql("INSERT INTO application_category (application_id, category_id, position) VALUES (:id, :category, :position)")
                    .param("id", a.id()).param("category", ids.get(i)).param("position", i)
                    .update();
        }
    }

    /** Reads the row; the agreements, categories and decisions are read once the row's query is done. */
    private Supplier<Application> restore(ResultSet rs) throws SQLException {
        String id = rs.getString("id");
        String companyName = rs.getString("company_name");
        VerifiedCompany company = companyName == null ? null
                : new VerifiedCompany(companyName, rs.getString("credit_code"), rs.getString("legal_representative_name"));
        Integer days = rs.getObject("support_days_per_week", Integer.class);
        SupportSchedule schedule = days == null ? null : new SupportSchedule(days, rs.getBigDecimal("support_hours_per_day"));
        String contactName = rs.getString("contact_name");
        Contact contact = contactName == null ? null
                : new Contact(contactName, cipher.decrypt(rs.getString("contact_mobile")), rs.getString("contact_email"));
        String licenseNumber = rs.getString("business_license_number");
        LocalDate establishedOn = rs.getObject("established_on", LocalDate.class);
        Long capital = rs.getObject("registered_capital_fen", Long.class);
        Integer technical = rs.getObject("technical_staff", Integer.class);
        Integer support = rs.getObject("support_staff", Integer.class);
        String sha256 = rs.getString("sha256");
        LicenseFile license = sha256 == null ? null : new LicenseFile(rs.getString("media_type"), rs.getLong("size_bytes"),
                sha256, DbTime.instant(rs, "uploaded_at"));
        String providerId = rs.getString("provider_id");
        ApplicationStatus status = ApplicationStatus.valueOf(rs.getString("status"));
        int revision = rs.getInt("revision");
        Instant createdAt = DbTime.instant(rs, "created_at");
        Instant updatedAt = DbTime.instant(rs, "updated_at");
        Instant submittedAt = DbTime.instant(rs, "submitted_at");
        Instant decidedAt = DbTime.instant(rs, "decided_at");
        String decidedBy = rs.getString("decided_by");
        int version = rs.getInt("version");
        return () -> Application.restore(id, providerId, status, revision, company,
                new ApplicationForm(agreementsOf(id), licenseNumber, establishedOn, capital, technical, support, schedule,
                        categoriesOf(id), contact),
                license, createdAt, updatedAt, submittedAt, decidedAt, decidedBy, decisionsOf(id), version);
    }

    private List<AcceptedAgreement> agreementsOf(String id) {
        return jdbc.sql("SELECT code, version, accepted_at FROM application_agreement WHERE application_id = :id ORDER BY code")
                .param("id", id)
                .query((rs, n) -> new AcceptedAgreement(rs.getString("code"), rs.getString("version"),
                        DbTime.instant(rs, "accepted_at")))
                .list();
    }

    private List<Long> categoriesOf(String id) {
        return jdbc.sql("SELECT category_id FROM application_category WHERE application_id = :id ORDER BY position")
                .param("id", id).query(Long.class).list();
    }

    private List<Decision> decisionsOf(String id) {
        return new ArrayList<>(jdbc.sql("""
                SELECT revision, verdict, decided_by, decided_at, reasons FROM application_decision
                WHERE application_id = :id ORDER BY id""")
                .param("id", id)
                .query((rs, n) -> new Decision(rs.getInt("revision"), Decision.Verdict.valueOf(rs.getString("verdict")),
                        rs.getString("decided_by"), DbTime.instant(rs, "decided_at"),
                        rs.getString("reasons") == null ? List.of() : json.readValue(rs.getString("reasons"), REASONS)))
                .list());
    }
}
