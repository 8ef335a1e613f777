package cloud.marketplace.merchant.tenpay;

import cloud.marketplace.contracts.events.FieldReason;
import cloud.marketplace.contracts.events.MerchantChannel;
import cloud.marketplace.merchant.form.ChannelIdentity;
import cloud.marketplace.merchant.form.ChannelIdentitySource;
import cloud.marketplace.merchant.form.Company;
import cloud.marketplace.merchant.form.SensitiveFields;
import cloud.marketplace.platform.persistence.DbTime;
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

/** Tenpay accounts; ID, mobile and bank account numbers inside the JSON columns are sealed by {@link SensitiveFields}. */
@Repository
class TenpayAccountRepository implements ChannelIdentitySource {

    static final String TABLE = "tenpay_account";
    private static final TypeReference<List<FieldReason>> REASONS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final SensitiveFields sensitive;

    TenpayAccountRepository(JdbcClient jdbc, JsonMapper json, SensitiveFields sensitive) {
        this.jdbc = jdbc;
        this.json = json;
        this.sensitive = sensitive;
    }

    void insert(TenpayAccount account, Instant now) {
        jdbc.sql("""
                INSERT INTO tenpay_account (id, provider_id, business_code, status, company_name, business_license_number,
                    legal_representative_name, form, version, created_at, updated_at)
                VALUES (:id, :providerId, :businessCode, :status, :companyName, :licence, :legalName, :form, 0, :now, :now)""")
                .param("id", account.id()).param("providerId", account.providerId())
                .param("businessCode", account.businessCode()).param("status", account.status().name())
                .param("companyName", account.company().name()).param("licence", account.company().businessLicenseNumber())
                .param("legalName", account.company().legalRepresentativeName())
                .param("form", formJson(account.form())).param("now", DbTime.utc(now))
                .update();
    }

    void update(TenpayAccount account, Instant now) {
        int updated = jdbc.sql("""
                UPDATE tenpay_account SET status = :status, form = :form, bank_account = :bankAccount,
                    bank_account_submitted = :bankSubmitted, partner_account_id = :partnerAccountId, merchant_id = :merchantId,
                    admin_confirm_url = :adminConfirmUrl, sign_url = :signUrl, amount_deadline = :amountDeadline,
                    amount_failed_attempts = :failedAttempts, amount_locked = :locked, rejections = :rejections,
                    partner_state = :partnerState, submitted_at = :submittedAt, activated_at = :activatedAt,
                    updated_at = :now, version = version + 1
                WHERE id = :id AND version = :version""")
                .param("status", account.status().name()).param("form", formJson(account.form()))
                .param("bankAccount", bankJson(account.bankAccount())).param("bankSubmitted", account.bankAccountSubmitted())
                .param("partnerAccountId", account.partnerAccountId()).param("merchantId", account.merchantId())
                .param("adminConfirmUrl", account.storedAdminConfirmUrl()).param("signUrl", account.storedSignUrl())
                .param("amountDeadline", DbTime.utc(account.amountDeadline()))
                .param("failedAttempts", account.amountFailedAttempts()).param("locked", account.amountLocked())
                .param("rejections", json.writeValueAsString(account.rejections()))
                .param("partnerState", account.partnerState() == null ? null : account.partnerState().name())
                .param("submittedAt", DbTime.utc(account.submittedAt())).param("activatedAt", DbTime.utc(account.activatedAt()))
                .param("now", DbTime.utc(now)).param("id", account.id()).param("version", account.version())
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("Tenpay account " + account.id() + " changed meanwhile");
        }
    }

    void pollFrom(String id, Instant at) {
        jdbc.sql("UPDATE tenpay_account SET next_poll_at = :at, poll_failures = 0 WHERE id = :id")
                .param("at", DbTime.utc(at)).param("id", id).update();
    }

    Optional<TenpayAccount> find(String id) {
        return jdbc.sql("SELECT * FROM tenpay_account WHERE id = :id").param("id", id).query(this::map).optional();
    }

    Optional<TenpayAccount> current(String providerId) {
        return jdbc.sql("SELECT * FROM tenpay_account WHERE provider_id = :providerId ORDER BY created_at DESC LIMIT 1")
                .param("providerId", providerId).query(this::map).optional();
    }

    @Override
    public MerchantChannel channel() {
        return MerchantChannel.TENPAY;
    }

    @Override
    public Optional<ChannelIdentity> identity(String providerId, boolean submittedOnly) {
        return current(providerId).filter(account -> !submittedOnly || account.status() != TenpayAccountStatus.DRAFT)
                .map(TenpayAccount::identity);
    }

    private TenpayAccount map(ResultSet rs, int row) throws SQLException {
        String partnerState = rs.getString("partner_state");
        String rejections = rs.getString("rejections");
        return new TenpayAccount(rs.getString("id"), rs.getString("provider_id"), rs.getString("business_code"),
                new Company(rs.getString("company_name"), rs.getString("business_license_number"),
                        rs.getString("legal_representative_name")),
                TenpayAccountStatus.valueOf(rs.getString("status")), form(rs.getString("form")), bank(rs.getString("bank_account")),
                rs.getBoolean("bank_account_submitted"), rs.getString("partner_account_id"), rs.getString("merchant_id"),
                rs.getString("admin_confirm_url"), rs.getString("sign_url"), DbTime.instant(rs, "amount_deadline"),
                rs.getInt("amount_failed_attempts"), rs.getBoolean("amount_locked"),
                rejections == null ? List.of() : json.readValue(rejections, REASONS),
                partnerState == null ? null : TenpayState.valueOf(partnerState), DbTime.instant(rs, "created_at"),
                DbTime.instant(rs, "submitted_at"), DbTime.instant(rs, "activated_at"), rs.getInt("version"));
    }

    private String formJson(TenpayForm form) {
        return json.writeValueAsString(new TenpayForm(sensitive.seal(form.superAdmin()), sensitive.seal(form.legalRepresentative())));
    }

    private TenpayForm form(String stored) {
        TenpayForm sealed = json.readValue(stored, TenpayForm.class);
        return new TenpayForm(sensitive.open(sealed.superAdmin()), sensitive.open(sealed.legalRepresentative()));
    }

    private String bankJson(BankAccount account) {
        return account == null ? null : json.writeValueAsString(new BankAccount(account.accountType(), account.bankName(),
                account.branchCity(), account.branchName(), sensitive.seal(account.accountNumber()),
                account.controllingPersonIsLegalRepresentative()));
    }

    private BankAccount bank(String stored) {
        if (stored == null) {
            return null;
        }
        BankAccount sealed = json.readValue(stored, BankAccount.class);
        return new BankAccount(sealed.accountType(), sealed.bankName(), sealed.branchCity(), sealed.branchName(),
                sensitive.open(sealed.accountNumber()), sealed.controllingPersonIsLegalRepresentative());
    }
}
