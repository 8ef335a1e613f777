package cloud.marketplace.catalog.eligibility;

import cloud.marketplace.contracts.events.MerchantChannel;
import cloud.marketplace.platform.persistence.DbTime;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class EligibilityRepository {

    private final JdbcClient jdbc;

    EligibilityRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The provider's row, created empty if it is new, locked until the transaction ends: events of
     * one provider arriving on several topics at once are applied one after the other.
     */
    ProviderEligibility lock(String providerId, Instant now) {
        jdbc.sql("INSERT IGNORE INTO provider_eligibility (provider_id, created_at, updated_at) VALUES (:id, :now, :now)")
                .param("id", providerId).param("now", DbTime.utc(now)).update();
        return read(providerId, " FOR UPDATE").orElseThrow();
    }

    Optional<ProviderEligibility> find(String providerId) {
        return read(providerId, "");
    }

    private Optional<ProviderEligibility> read(String providerId, String lock) {
        return jdbc.sql("""
                SELECT provider_id, approval_application_id, approved_at, store_revision, store_published_at,
                       deposit_status, deposit_required_fen, deposit_paid_fen, deposit_as_of
                FROM provider_eligibility WHERE provider_id = :id""" + lock)
                .param("id", providerId)
                .query((rs, n) -> {
                    Instant approvedAt = DbTime.instant(rs, "approved_at");
                    Instant storeAt = DbTime.instant(rs, "store_published_at");
                    Instant depositAt = DbTime.instant(rs, "deposit_as_of");
                    ProviderEligibility.Approval approval = approvedAt == null ? null : new ProviderEligibility.Approval(
                            rs.getString("approval_application_id"), categoryIds(providerId), approvedAt);
                    ProviderEligibility.StorePublication store = storeAt == null ? null
                            : new ProviderEligibility.StorePublication(rs.getInt("store_revision"), storeAt);
                    ProviderEligibility.Deposit deposit = depositAt == null ? null : new ProviderEligibility.Deposit(
                            DepositStatus.valueOf(rs.getString("deposit_status")), rs.getLong("deposit_required_fen"),
                            rs.getLong("deposit_paid_fen"), depositAt);
                    return new ProviderEligibility(providerId, approval, store, merchantAccounts(providerId), deposit);
                })
                .optional();
    }

    void save(ProviderEligibility eligibility, Instant now) {
        ProviderEligibility.Approval approval = eligibility.approval();
        ProviderEligibility.StorePublication store = eligibility.store();
        ProviderEligibility.Deposit deposit = eligibility.deposit();
        jdbc.sql("""
                UPDATE provider_eligibility
                SET approval_application_id = :applicationId, approved_at = :approvedAt,
                    store_revision = :storeRevision, store_published_at = :storeAt,
                    deposit_status = :depositStatus, deposit_required_fen = :requiredFen, deposit_paid_fen = :paidFen,
                    deposit_as_of = :depositAt, updated_at = :now
                WHERE provider_id = :id""")
                .param("applicationId", approval == null ? null : approval.applicationId())
                .param("approvedAt", approval == null ? null : DbTime.utc(approval.occurredAt()))
                .param("storeRevision", store == null ? null : store.revision())
                .param("storeAt", store == null ? null : DbTime.utc(store.occurredAt()))
                .param("depositStatus", deposit == null ? null : deposit.status().name())
                .param("requiredFen", deposit == null ? null : deposit.requiredFen())
                .param("paidFen", deposit == null ? null : deposit.paidFen())
                .param("depositAt", deposit == null ? null : DbTime.utc(deposit.occurredAt()))
                .param("now", DbTime.utc(now))
                .param("id", eligibility.providerId())
                .update();
        jdbc.sql("DELETE FROM provider_approved_category WHERE provider_id = :id").param("id", eligibility.providerId()).update();
        for (long categoryId : eligibility.approvedCategoryIds()) {
            jdbc.sql("INSERT INTO provider_approved_category (provider_id, category_id) VALUES (:id, :category)")
                    .param("id", eligibility.providerId()).param("category", categoryId).update();
        }
        for (ProviderEligibility.MerchantAccount account : eligibility.merchantAccounts().values()) {
            jdbc.sql("""
                    INSERT INTO provider_merchant_account (provider_id, channel, merchant_id, activated_at)
                    VALUES (:id, :channel, :merchantId, :at)
                    ON DUPLICATE KEY UPDATE merchant_id = VALUES(merchant_id), activated_at = VALUES(activated_at)""")
                    .param("id", eligibility.providerId()).param("channel", account.channel().name())
                    .param("merchantId", account.merchantId()).param("at", DbTime.utc(account.occurredAt()))
                    .update();
        }
    }

    private Set<Long> categoryIds(String providerId) {
        List<Long> ids = jdbc.sql("SELECT category_id FROM provider_approved_category WHERE provider_id = :id ORDER BY category_id")
                .param("id", providerId).query(Long.class).list();
        return new LinkedHashSet<>(ids);
    }

    private Map<MerchantChannel, ProviderEligibility.MerchantAccount> merchantAccounts(String providerId) {
        Map<MerchantChannel, ProviderEligibility.MerchantAccount> accounts = new EnumMap<>(MerchantChannel.class);
        jdbc.sql("SELECT channel, merchant_id, activated_at FROM provider_merchant_account WHERE provider_id = :id")
                .param("id", providerId)
                .query((rs, n) -> new ProviderEligibility.MerchantAccount(MerchantChannel.valueOf(rs.getString("channel")),
                        rs.getString("merchant_id"), DbTime.instant(rs, "activated_at")))
                .list()
                .forEach(account -> accounts.put(account.channel(), account));
        return accounts;
    }
}
