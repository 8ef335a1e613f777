package cloud.marketplace.sandbox.tenpay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cloud.marketplace.sandbox.wechatpay.SandboxPartnerTest;
import cloud.marketplace.sandbox.wechatpay.SignedPartnerClient;
import cloud.marketplace.sandbox.wechatpay.V3Crypto;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class TenpaySandboxTest extends SandboxPartnerTest {

    @Test
    void theMicroDepositShowsOnTheBankStatementOnlyAndThreeWrongAmountsLockUntilTheBankAccountIsSentAgain() {
        autopilot(true, 30);
        SignedPartnerClient tenpay = SignedPartnerClient.tenpay(port, TENPAY_KEY_ID);
        String account = "7559" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L);
        String accountId = register(tenpay, "TP" + UUID.randomUUID().toString().replace("-", ""));
        awaitState(tenpay, accountId, "ACTIVATION");

        SignedPartnerClient.Answer sent = tenpay.post("/tenpay/v1/accounts/" + accountId + "/bank-account", bankAccount(account));
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        assertThat(read(sent.body()).get("state").asString()).isEqualTo("BANK_ACCOUNT_VERIFYING");
        JsonNode awaiting = awaitState(tenpay, accountId, "AMOUNT_VERIFICATION");
        assertThat(awaiting.at("/amount_verification/attempts_left").asInt()).isEqualTo(3);
        long deposit = deposit(account);
        assertThat(deposit).isBetween(1L, 99L);
        assertThat(awaiting.toString()).doesNotContain("amount_fen");

        long wrong = deposit == 99 ? 98 : deposit + 1;
        assertThat(amount(tenpay, accountId, wrong).get("result").asString()).isEqualTo("MISMATCH");
        assertThat(amount(tenpay, accountId, wrong).get("attempts_left").asInt()).isEqualTo(1);
        JsonNode locked = amount(tenpay, accountId, wrong);
        assertThat(locked.get("result").asString()).isEqualTo("LOCKED");
        assertThat(locked.get("state").asString()).isEqualTo("AMOUNT_VERIFICATION_LOCKED");
        assertThat(tenpay.post("/tenpay/v1/accounts/" + accountId + "/amount-verification", "{\"amount_fen\":" + deposit + "}").status())
                .isEqualTo(409);

        assertThat(tenpay.post("/tenpay/v1/accounts/" + accountId + "/bank-account", bankAccount(account)).status()).isEqualTo(200);
        awaitState(tenpay, accountId, "AMOUNT_VERIFICATION");
        long second = deposit(account);
        JsonNode verified = amount(tenpay, accountId, second);
        assertThat(verified.get("result").asString()).isEqualTo("VERIFIED");
        assertThat(verified.get("sign_url").asString()).contains(accountId);
        JsonNode active = awaitState(tenpay, accountId, "ACTIVE");
        assertThat(active.get("merchant_id").asString()).startsWith("T");
    }

    @Test
    void aRegistrationNeedsItsImagesFromOneDayAndFieldsEncryptedForTenpay() {
        SignedPartnerClient tenpay = SignedPartnerClient.tenpay(port, TENPAY_KEY_ID);
        String media = media(tenpay);
        String plain = json.writeValueAsString(Map.of("out_request_no", "TP-plain", "company_name", "c", "business_license_number", "l",
                "business_license_media_id", media,
                "legal_representative", Map.of("id_type", "MAINLAND_ID_CARD", "name", "张三", "id_number", "11010519491231002X",
                        "valid_from", "2020-01-01", "valid_until", "长期", "id_card_front_media_id", media, "id_card_back_media_id", media),
                "super_admin", Map.of("type", "LEGAL_REPRESENTATIVE", "name", enc("张三"), "id_number", enc("11010519491231002X"),
                        "mobile", enc("13800138000"), "email", enc("a@b.cn"))));
        SignedPartnerClient.Answer refused = tenpay.post("/tenpay/v1/accounts", plain);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.signatureValid()).isTrue();
        assertThat(read(refused.body()).get("message").asString()).contains("解密失败");
    }

    @Test
    void aPlanRejectsInDocumentReview() {
        autopilot(true, 20);
        SignedPartnerClient tenpay = SignedPartnerClient.tenpay(port, TENPAY_KEY_ID);
        String accountId = register(tenpay, "TP" + UUID.randomUUID().toString().replace("-", ""));
        controls().put().uri("/sandbox/tenpay/accounts/" + accountId + "/plan").contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .body(Map.of("rejectAt", "DOCUMENT_REVIEW", "reasons", java.util.List.of(Map.of("field", "business_license_media_id",
                        "reason", "营业执照已过期")))).retrieve().toBodilessEntity();
        JsonNode rejected = awaitState(tenpay, accountId, "REJECTED");
        assertThat(rejected.at("/rejections/0/reason").asString()).isEqualTo("营业执照已过期");
    }

    private String register(SignedPartnerClient tenpay, String outRequestNo) {
        String media = media(tenpay);
        String body = json.writeValueAsString(Map.of("out_request_no", outRequestNo, "company_name", "深圳市云市场科技有限公司",
                "business_license_number", "9144030071526726XG", "business_license_media_id", media,
                "legal_representative", Map.of("id_type", "MAINLAND_ID_CARD", "name", enc("张三"), "id_number", enc("11010519491231002X"),
                        "valid_from", "2020-01-01", "valid_until", "长期", "id_card_front_media_id", media, "id_card_back_media_id", media),
                "super_admin", Map.of("type", "LEGAL_REPRESENTATIVE", "name", enc("张三"), "id_number", enc("11010519491231002X"),
                        "mobile", enc("13800138000"), "email", enc("a@b.cn"))));
        SignedPartnerClient.Answer registered = tenpay.post("/tenpay/v1/accounts", body);
        assertThat(registered.status()).as(registered.body()).isEqualTo(200);
        assertThat(registered.signatureValid()).isTrue();
        JsonNode answer = read(registered.body());
        assertThat(answer.get("admin_confirm_url").asString()).startsWith("https://");
        return answer.get("account_id").asString();
    }

    private String media(SignedPartnerClient tenpay) {
        byte[] image = new byte[1024];
        image[0] = (byte) 0x89;
        image[1] = 'P';
        image[2] = 'N';
        image[3] = 'G';
        SignedPartnerClient.Answer answer = tenpay.post("/tenpay/v1/media", json.writeValueAsString(Map.of("file_name", "id.png",
                "sha256", sha256(image), "content", Base64.getEncoder().encodeToString(image))));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return read(answer.body()).get("media_id").asString();
    }

    private String bankAccount(String accountNumber) {
        return json.writeValueAsString(Map.of("account_type", "CORPORATE", "account_name", "深圳市云市场科技有限公司", "bank_name", "招商银行",
                "branch_city", "深圳", "branch_name", "科技园支行", "account_number", enc(accountNumber),
                "controlling_person_is_legal_representative", true));
    }

    private JsonNode amount(SignedPartnerClient tenpay, String accountId, long amountFen) {
        SignedPartnerClient.Answer answer = tenpay.post("/tenpay/v1/accounts/" + accountId + "/amount-verification",
                "{\"amount_fen\":" + amountFen + "}");
        assertThat(answer.signatureValid()).isTrue();
        return read(answer.body());
    }

    /** The latest micro-deposit, read where the provider reads it: its bank statement. */
    private long deposit(String accountNumber) {
        JsonNode entries = read(controls().get().uri("/sandbox/bank/accounts/" + accountNumber + "/statement").retrieve()
                .body(String.class)).get("entries");
        JsonNode last = entries.get(entries.size() - 1);
        assertThat(last.get("memo").asString()).isEqualTo(TenpayAccounts.MICRO_DEPOSIT_MEMO);
        return last.get("amountFen").asLong();
    }

    private JsonNode awaitState(SignedPartnerClient tenpay, String accountId, String state) {
        JsonNode[] last = new JsonNode[1];
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(20)).until(() -> {
            SignedPartnerClient.Answer answer = tenpay.get("/tenpay/v1/accounts/" + accountId);
            last[0] = read(answer.body());
            return answer.signatureValid() && state.equals(last[0].get("state").asString());
        });
        return last[0];
    }

    private static String enc(String value) {
        return V3Crypto.encrypt(value, SignedPartnerClient.TENPAY_PLATFORM.getPublic());
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
