package cloud.marketplace.merchant.provider;

import cloud.marketplace.platform.persistence.DbTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ApprovedProviderRepository {

    private static final RowMapper<ApprovedProvider> ROW = (rs, n) -> new ApprovedProvider(rs.getString("provider_id"),
            rs.getString("application_id"), rs.getString("company_name"), rs.getString("credit_code"),
            rs.getString("business_license_number"), ids(rs.getString("approved_category_ids")), DbTime.instant(rs, "approved_at"));

    private final JdbcClient jdbc;

    ApprovedProviderRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One row per provider: a later approval (after a change of key data) replaces the company data. */
    void save(ApprovedProvider provider, Instant now) {
        jdbc.sql("""
                INSERT INTO approved_provider (provider_id, application_id, company_name, credit_code, business_license_number,
                    approved_category_ids, approved_at, updated_at)
                VALUES (:providerId, :applicationId, :companyName, :creditCode, :licence, :categories, :approvedAt, :now)
                ON DUPLICATE KEY UPDATE application_id = VALUES(application_id), company_name = VALUES(company_name),
                    credit_code = VALUES(credit_code), business_license_number = VALUES(business_license_number),
                    approved_category_ids = VALUES(approved_category_ids), approved_at = VALUES(approved_at),
                    updated_at = VALUES(updated_at)""")
                .param("providerId", provider.providerId()).param("applicationId", provider.applicationId())
                .param("companyName", provider.companyName()).param("creditCode", provider.creditCode())
                .param("licence", provider.businessLicenseNumber())
                .param("categories", provider.approvedCategoryIds().stream().map(String::valueOf).collect(Collectors.joining(",")))
                .param("approvedAt", DbTime.utc(provider.approvedAt())).param("now", DbTime.utc(now))
                .update();
    }

    Optional<ApprovedProvider> find(String providerId) {
        return jdbc.sql("SELECT * FROM approved_provider WHERE provider_id = :id").param("id", providerId).query(ROW).optional();
    }

    /** Serializes the creation of a provider's merchant forms (one per channel). */
    Optional<ApprovedProvider> lock(String providerId) {
        return jdbc.sql("SELECT * FROM approved_provider WHERE provider_id = :id FOR UPDATE").param("id", providerId).query(ROW).optional();
    }

    private static List<Long> ids(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.stream(joined.split(",")).map(Long::valueOf).toList();
    }
}
