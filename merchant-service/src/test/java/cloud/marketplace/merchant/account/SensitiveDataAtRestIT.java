package cloud.marketplace.merchant.account;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.marketplace.merchant.Fixtures;
import cloud.marketplace.merchant.support.MerchantIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;

class SensitiveDataAtRestIT extends MerchantIntegrationTest {

    private static final String MOBILE = "13800138000";

    @Test
    void aDumpOfEveryTableShowsNoPlainIdMobileOrBankAccountNumber() {
        String providerId = newProviderId();
        approve(providerId);
        String wechat = ok(call(HttpMethod.POST, "/api/merchants/wechat-applications", providerId, null)).get("id").asString();
        ok(call(HttpMethod.PUT, "/api/merchants/wechat-applications/" + wechat, providerId, Map.of("superAdmin", superAdmin(),
                "legalRepresentative", legalRepresentative(), "settlementAccount", Map.of("bankName", "招商银行",
                        "accountName", Fixtures.COMPANY, "accountNumber", Fixtures.BANK_ACCOUNT))));
        String tenpay = ok(call(HttpMethod.POST, "/api/merchants/tenpay-accounts", providerId, null)).get("id").asString();
        ok(call(HttpMethod.PUT, "/api/merchants/tenpay-accounts/" + tenpay + "/bank-account", providerId, Map.of(
                "accountType", "CORPORATE", "bankName", "招商银行", "branchCity", "深圳", "branchName", "科技园支行",
                "accountNumber", Fixtures.BANK_ACCOUNT, "controllingPersonIsLegalRepresentative", true)));

        String dump = dumpSchema();
        assertThat(dump).contains(wechat, tenpay);
        assertThat(dump).doesNotContain(Fixtures.ID_NUMBER, Fixtures.BANK_ACCOUNT, MOBILE);

        JsonNode me = ok(call(HttpMethod.GET, "/api/merchants/me", providerId, null));
        assertThat(me.at("/channels/0/settlementAccount/accountNumber").asString()).isEqualTo("6222****1234");
        assertThat(me.at("/channels/0/legalRepresentative/idNumber").asString()).isEqualTo("1101****002X");
        assertThat(me.at("/channels/1/settlementAccount/accountNumber").asString()).isEqualTo("6222****1234");
        assertThat(me.toString()).doesNotContain(Fixtures.ID_NUMBER, Fixtures.BANK_ACCOUNT, MOBILE);
    }

    private String dumpSchema() {
        List<String> tables = jdbc.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()")
                .query(String.class).list();
        assertThat(tables).contains("wechat_application", "tenpay_account", "approved_provider", "merchant_document",
                "outbox_event", "idempotency_key");
        StringBuilder dump = new StringBuilder();
        for (String table : tables) {
            jdbc.sql("SELECT * FROM " + table).query(rs -> {
                int columns = rs.getMetaData().getColumnCount();
                for (int i = 1; i <= columns; i++) {
                    Object value = rs.getObject(i);
                    dump.append(value instanceof byte[] bytes ? new String(bytes, StandardCharsets.ISO_8859_1) : value).append('|');
                }
                dump.append('\n');
            });
        }
        return dump.toString();
    }
}
