package cloud.marketplace.onboarding.realname;

import cloud.marketplace.platform.persistence.DbTime;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class RealNameRepository {

    private static final RowMapper<RealNameVerification> ROW = (rs, n) -> new RealNameVerification(
            rs.getString("provider_id"), RealNameStatus.valueOf(rs.getString("status")), rs.getString("company_name"),
            rs.getString("credit_code"), rs.getString("legal_representative_name"), rs.getString("reason"),
            DbTime.instant(rs, "checked_at"));

    private final JdbcClient jdbc;

    RealNameRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(RealNameVerification verification) {
        jdbc.sql("""
                INSERT INTO real_name_verification
                    (provider_id, status, company_name, credit_code, legal_representative_name, reason, checked_at)
                VALUES (:providerId, :status, :companyName, :creditCode, :legalRepresentative, :reason, :checkedAt)""")
                .param("providerId", verification.providerId())
                .param("status", verification.status().name())
                .param("companyName", verification.companyName())
                .param("creditCode", verification.creditCode())
                .param("legalRepresentative", verification.legalRepresentativeName())
                .param("reason", verification.reason())
                .param("checkedAt", DbTime.utc(verification.checkedAt()))
                .update();
    }

    Optional<RealNameVerification> latest(String providerId) {
        return jdbc.sql("SELECT * FROM real_name_verification WHERE provider_id = :providerId ORDER BY id DESC LIMIT 1")
                .param("providerId", providerId).query(ROW).optional();
    }
}
