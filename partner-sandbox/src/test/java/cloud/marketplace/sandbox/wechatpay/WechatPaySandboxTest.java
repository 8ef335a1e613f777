package cloud.marketplace.sandbox.wechatpay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

class WechatPaySandboxTest extends SandboxPartnerTest {

    private static final String ID_NUMBER = "11010519491231002X";

    @Test
    void answersRequestsProxiedForItsHostSignedAndRefusesUnsignedOnes() {
        SignedPartnerClient wechat = SignedPartnerClient.wechatPay(port, WECHAT_KEY_ID);
        byte[] image = jpeg();
        SignedPartnerClient.Answer media = wechat.upload("/v3/merchant/media/upload", image,
                "{\"filename\":\"id.jpg\",\"sha256\":\"" + sha256(image) + "\"}");
        assertThat(media.status()).isEqualTo(200);
        assertThat(media.signatureValid()).isTrue();
        assertThat(media.serial()).isEqualTo(WECHAT_KEY_ID);
        assertThat(read(media.body()).get("media_id").asString()).startsWith("SBX-");

        SignedPartnerClient.Answer unsigned = wechat.postUnsigned("/v3/ecommerce/applyments/", "{}");
        assertThat(unsigned.status()).isEqualTo(401);
        assertThat(unsigned.signatureValid()).as("even refusals are signed").isTrue();
        assertThat(read(unsigned.body()).get("code").asString()).isEqualTo("SIGN_ERROR");

        SignedPartnerClient.Answer badSha = wechat.upload("/v3/merchant/media/upload", image, "{\"filename\":\"id.jpg\",\"sha256\":\"00\"}");
        assertThat(badSha.status()).isEqualTo(400);
    }

    @Test
    void theAutopilotTakesAnApplymentToFinishThroughTheRemittanceFromTheProvidersBank() {
        autopilot(true, 300);
        SignedPartnerClient wechat = SignedPartnerClient.wechatPay(port, WECHAT_KEY_ID);
        String account = "62220" + (100000000L + Math.abs(UUID.randomUUID().getMostSignificantBits() % 800000000L));
        long applymentId = apply(wechat, "WX" + UUID.randomUUID().toString().replace("-", ""), account);

        JsonNode verification = awaitState(wechat, applymentId, "ACCOUNT_NEED_VERIFY", "NEED_SIGN", "FINISH");
        if (verification.get("applyment_state").asString().equals("ACCOUNT_NEED_VERIFY")) {
            JsonNode remit = verification.get("account_validation");
            assertThat(V3Crypto.decrypt(remit.get("account_no").asString(), SignedPartnerClient.MERCHANT.getPrivate()))
                    .as("the payer is encrypted for the merchant").contains(account);
            assertThat(remit.get("pay_amount").asLong()).isBetween(1L, 99L);
            assertThat(remit.get("deadline").asString()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
        }
        JsonNode finished = awaitState(wechat, applymentId, "FINISH");
        assertThat(finished.get("sub_mchid").asString()).startsWith("19");
        JsonNode statement = read(controls().get().uri("/sandbox/bank/accounts/" + account + "/statement").retrieve().body(String.class));
        assertThat(statement.get("entries").get(0).get("amountFen").asLong()).as("the remittance left the provider's account").isNegative();
        assertThat(statement.get("entries").get(0).get("counterpartyAccountNumber").asString()).isEqualTo(Applyments.COLLECTION_ACCOUNT_NUMBER);
    }

    @Test
    void withoutAutopilotOnlyTheRightRemittanceConfirmsTheAccount() {
        autopilot(false, 0);
        SignedPartnerClient wechat = SignedPartnerClient.wechatPay(port, WECHAT_KEY_ID);
        String account = "62228" + (100000000L + Math.abs(UUID.randomUUID().getLeastSignificantBits() % 800000000L));
        long applymentId = apply(wechat, "WX" + UUID.randomUUID().toString().replace("-", ""), account);
        advance(applymentId);
        advance(applymentId);
        JsonNode summary = read(controls().get().uri("/sandbox/wechatpay/applyments/" + applymentId).retrieve().body(String.class));
        assertThat(summary.get("state").asString()).isEqualTo("ACCOUNT_NEED_VERIFY");
        long amount = summary.get("remittanceAmountFen").asLong();
        String memo = summary.get("remittanceMemo").asString();

        transfer(account, amount + 1, memo);
        assertThat(state(wechat, applymentId)).isEqualTo("ACCOUNT_NEED_VERIFY");
        transfer(account, amount, memo);
        assertThat(state(wechat, applymentId)).isEqualTo("NEED_SIGN");
        assertThat(read(wechat.get("/v3/ecommerce/applyments/" + applymentId).body()).get("sign_url").asString()).startsWith("https://");
    }

    @Test
    void aPlanRejectsAtAStepWithReasonsAndTheSameRequestNumberResubmits() {
        autopilot(true, 20);
        SignedPartnerClient wechat = SignedPartnerClient.wechatPay(port, WECHAT_KEY_ID);
        controls().put().uri("/sandbox/wechatpay/plan").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("rejectAt", "AUDITING", "reasons", java.util.List.of(Map.of("field", "id_card_copy", "reason", "照片模糊"))))
                .retrieve().toBodilessEntity();
        String outRequestNo = "WX" + UUID.randomUUID().toString().replace("-", "");
        long applymentId;
        try {
            applymentId = apply(wechat, outRequestNo, "6222000011112222");
        } finally {
            controls().put().uri("/sandbox/wechatpay/plan").contentType(MediaType.APPLICATION_JSON).body(Map.of()).retrieve()
                    .toBodilessEntity();
        }
        JsonNode rejected = awaitState(wechat, applymentId, "REJECTED");
        assertThat(rejected.at("/audit_detail/0/param_name").asString()).isEqualTo("id_card_copy");
        assertThat(rejected.at("/audit_detail/0/reject_reason").asString()).isEqualTo("照片模糊");

        controls().put().uri("/sandbox/wechatpay/applyments/" + applymentId + "/plan").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("stopAt", "CHECKING")).retrieve().toBodilessEntity();
        assertThat(apply(wechat, outRequestNo, "6222000011112222")).isEqualTo(applymentId);
        assertThat(state(wechat, applymentId)).isEqualTo("CHECKING");

        controls().post().uri("/sandbox/wechatpay/applyments/" + applymentId + "/freeze").retrieve().toBodilessEntity();
        assertThat(state(wechat, applymentId)).isEqualTo("FROZEN");
    }

    @Test
    void anApplymentWithAFieldNotEncryptedForThePlatformIsRefused() {
        SignedPartnerClient wechat = SignedPartnerClient.wechatPay(port, WECHAT_KEY_ID);
        String mediaId = media(wechat);
        String body = applymentJson("WX" + UUID.randomUUID().toString().replace("-", ""), mediaId, ID_NUMBER, "6222000011113333");
        SignedPartnerClient.Answer refused = wechat.post("/v3/ecommerce/applyments/", body);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.signatureValid()).isTrue();
        assertThat(read(refused.body()).get("message").asString()).contains("id_card_number");
    }

    private long apply(SignedPartnerClient wechat, String outRequestNo, String accountNumber) {
        String mediaId = media(wechat);
        SignedPartnerClient.Answer created = wechat.post("/v3/ecommerce/applyments/", applymentJson(outRequestNo, mediaId,
                enc(ID_NUMBER), accountNumber));
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        assertThat(created.signatureValid()).isTrue();
        return read(created.body()).get("applyment_id").asLong();
    }

    /** {@code idNumberField} goes in as given: encrypted for the platform, or (to be refused) not. */
    private String applymentJson(String outRequestNo, String mediaId, String idNumberField, String accountNumber) {
        return json.writeValueAsString(Map.of(
                "out_request_no", outRequestNo, "organization_type", "2", "merchant_shortname", "云市场科技",
                "business_license_info", Map.of("business_license_copy", mediaId, "business_license_number", "9144030071526726XG",
                        "merchant_name", "深圳市云市场科技有限公司", "legal_person", "张三"),
                "id_card_info", Map.of("id_card_copy", mediaId, "id_card_national", mediaId, "id_card_name", enc("张三"),
                        "id_card_number", idNumberField, "id_card_valid_time_begin", "2020-01-01", "id_card_valid_time", "2040-01-01"),
                "account_info", Map.of("bank_account_type", "74", "account_bank", "招商银行", "account_name", enc("深圳市云市场科技有限公司"),
                        "account_number", enc(accountNumber)),
                "contact_info", Map.of("contact_type", "65", "contact_name", enc("张三"), "mobile_phone", enc("13800138000"),
                        "contact_email", enc("a@b.cn")),
                "sales_scene_info", Map.of("store_name", "深圳市云市场科技有限公司")));
    }

    private String media(SignedPartnerClient wechat) {
        byte[] image = jpeg();
        return read(wechat.upload("/v3/merchant/media/upload", image, "{\"filename\":\"id.jpg\",\"sha256\":\"" + sha256(image) + "\"}")
                .body()).get("media_id").asString();
    }

    private void advance(long applymentId) {
        controls().post().uri("/sandbox/wechatpay/applyments/" + applymentId + "/advance").retrieve().toBodilessEntity();
    }

    private void transfer(String from, long amountFen, String memo) {
        controls().post().uri("/sandbox/bank/transfers").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("fromAccountNumber", from, "toAccountNumber", Applyments.COLLECTION_ACCOUNT_NUMBER, "amountFen", amountFen,
                        "memo", memo)).retrieve().toBodilessEntity();
    }

    private String state(SignedPartnerClient wechat, long applymentId) {
        SignedPartnerClient.Answer answer = wechat.get("/v3/ecommerce/applyments/" + applymentId);
        assertThat(answer.signatureValid()).isTrue();
        return read(answer.body()).get("applyment_state").asString();
    }

    private JsonNode awaitState(SignedPartnerClient wechat, long applymentId, String... states) {
        JsonNode[] last = new JsonNode[1];
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(20)).until(() -> {
            last[0] = read(wechat.get("/v3/ecommerce/applyments/" + applymentId).body());
            return java.util.Arrays.asList(states).contains(last[0].get("applyment_state").asString());
        });
        return last[0];
    }

    private static String enc(String value) {
        return V3Crypto.encrypt(value, SignedPartnerClient.WECHAT_PLATFORM.getPublic());
    }

    static byte[] jpeg() {
        byte[] bytes = new byte[2048];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xD8;
        bytes[2] = (byte) 0xFF;
        return bytes;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
