package cloud.marketplace.merchant.wechat;

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

/**
 * WeChat Pay applications. The form and the remittance details are stored as JSON with every
 * ID, mobile and bank account number sealed by {@link SensitiveFields}.
 */
@Repository
class WechatApplicationRepository implements ChannelIdentitySource {

    static final String TABLE = "wechat_application";
    private static final TypeReference<List<FieldReason>> REASONS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final SensitiveFields sensitive;

    WechatApplicationRepository(JdbcClient jdbc, JsonMapper json, SensitiveFields sensitive) {
        this.jdbc = jdbc;
        this.json = json;
        this.sensitive = sensitive;
    }

    void insert(WechatApplication application, Instant now) {
        jdbc.sql("""
                INSERT INTO wechat_application (id, provider_id, business_code, status, company_name, business_license_number,
                    legal_representative_name, form, version, created_at, updated_at)
                VALUES (:id, :providerId, :businessCode, :status, :companyName, :licence, :legalName, :form, 0, :now, :now)""")
                .param("id", application.id()).param("providerId", application.providerId())
                .param("businessCode", application.businessCode()).param("status", application.status().name())
                .param("companyName", application.company().name())
                .param("licence", application.company().businessLicenseNumber())
                .param("legalName", application.company().legalRepresentativeName())
                .param("form", formJson(application.form())).param("now", DbTime.utc(now))
                .update();
    }

    /** Saves the state; {@code nextPollAt} (null: not polled) when the state changed who polls it. */
    void update(WechatApplication application, Instant now) {
        int updated = jdbc.sql("""
                UPDATE wechat_application SET status = :status, form = :form, applyment_id = :applymentId, merchant_id = :merchantId,
                    account_verification = :verification, sign_url = :signUrl, rejections = :rejections,
                    partner_state = :partnerState, submitted_at = :submittedAt, activated_at = :activatedAt,
                    updated_at = :now, version = version + 1
                WHERE id = :id AND version = :version""")
                .param("status", application.status().name()).param("form", formJson(application.form()))
                .param("applymentId", application.applymentId()).param("merchantId", application.merchantId())
                .param("verification", verificationJson(application.storedAccountVerification()))
                .param("signUrl", application.storedSignUrl())
                .param("rejections", json.writeValueAsString(application.rejections()))
                .param("partnerState", application.partnerState() == null ? null : application.partnerState().name())
                .param("submittedAt", DbTime.utc(application.submittedAt()))
                .param("activatedAt", DbTime.utc(application.activatedAt()))
                .param("now", DbTime.utc(now)).param("id", application.id()).param("version", application.version())
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("WeChat Pay application " + application.id() + " changed meanwhile");
        }
    }

    /** Due for polling at {@code at} (a new submission), with no failures behind it. */
    void pollFrom(String id, Instant at) {
        jdbc.sql("UPDATE wechat_application SET next_poll_at = :at, poll_failures = 0 WHERE id = :id")
                .param("at", DbTime.utc(at)).param("id", id).update();
    }

    Optional<WechatApplication> find(String id) {
        return jdbc.sql("SELECT * FROM wechat_application WHERE id = :id").param("id", id).query(this::map).optional();
    }

    /** The provider's application that is not canceled, if any (at most one). */
    Optional<WechatApplication> current(String providerId) {
        return jdbc.sql("SELECT * FROM wechat_application WHERE provider_id = :providerId AND status <> 'CANCELED' "
                        + "ORDER BY created_at DESC LIMIT 1")
                .param("providerId", providerId).query(this::map).optional();
    }

    @Override
    public MerchantChannel channel() {
        return MerchantChannel.WECHAT_PAY;
    }

    @Override
    public Optional<ChannelIdentity> identity(String providerId, boolean submittedOnly) {
        return current(providerId)
                .filter(application -> !submittedOnly || application.status() != WechatApplicationStatus.DRAFT)
                .map(WechatApplication::identity);
    }

    private WechatApplication map(ResultSet rs, int row) throws SQLException {
        String partnerState = rs.getString("partner_state");
        String rejections = rs.getString("rejections");
        return new WechatApplication(rs.getString("id"), rs.getString("provider_id"), rs.getString("business_code"),
                new Company(rs.getString("company_name"), rs.getString("business_license_number"),
                        rs.getString("legal_representative_name")),
                WechatApplicationStatus.valueOf(rs.getString("status")), form(rs.getString("form")),
                rs.getString("applyment_id"), rs.getString("merchant_id"), verification(rs.getString("account_verification")),
                rs.getString("sign_url"), rejections == null ? List.of() : json.readValue(rejections, REASONS),
                partnerState == null ? null : PartnerState.valueOf(partnerState), DbTime.instant(rs, "created_at"),
                DbTime.instant(rs, "submitted_at"), DbTime.instant(rs, "activated_at"), rs.getInt("version"));
    }

    private String formJson(WechatForm form) {
        SettlementAccount account = form.settlementAccount();
        return json.writeValueAsString(new WechatForm(sensitive.seal(form.superAdmin()), sensitive.seal(form.legalRepresentative()),
                form.organizationCode(), account == null ? null : new SettlementAccount(account.bankName(), account.accountName(),
                        sensitive.seal(account.accountNumber()), account.bankAddressCode())));
    }

    private WechatForm form(String stored) {
        WechatForm sealed = json.readValue(stored, WechatForm.class);
        SettlementAccount account = sealed.settlementAccount();
        return new WechatForm(sensitive.open(sealed.superAdmin()), sensitive.open(sealed.legalRepresentative()),
                sealed.organizationCode(), account == null ? null : new SettlementAccount(account.bankName(), account.accountName(),
                        sensitive.open(account.accountNumber()), account.bankAddressCode()));
    }

    private String verificationJson(AccountVerification verification) {
        if (verification == null) {
            return null;
        }
        return json.writeValueAsString(new AccountVerification(verification.amountFen(), verification.fromAccountName(),
                sensitive.seal(verification.fromAccountNumber()), verification.toAccountName(), verification.toAccountNumber(),
                verification.toBank(), verification.city(), verification.memo(), verification.deadline()));
    }

    private AccountVerification verification(String stored) {
        if (stored == null) {
            return null;
        }
        AccountVerification sealed = json.readValue(stored, AccountVerification.class);
        return new AccountVerification(sealed.amountFen(), sealed.fromAccountName(), sensitive.open(sealed.fromAccountNumber()),
                sealed.toAccountName(), sealed.toAccountNumber(), sealed.toBank(), sealed.city(), sealed.memo(), sealed.deadline());
    }
}
