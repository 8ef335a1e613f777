package cloud.marketplace.sandbox.tenpay;

import cloud.marketplace.sandbox.wechatpay.V3Crypto;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tenpay's enterprise-account activation as merchant-service/TENPAY-CONTRACT.md defines it;
 * signatures are checked and answers signed by the {@code /tenpay/} {@code SignedApiFilter}.
 */
@RestController
@RequestMapping("/tenpay/v1")
class TenpayController {

    private static final long MAX_IMAGE_BYTES = 400 * 1024;
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final TenpayAccounts accounts;
    private final TenpayConfiguration.TenpayKey key;
    private final JsonMapper json;

    TenpayController(TenpayAccounts accounts, TenpayConfiguration.TenpayKey key, JsonMapper json) {
        this.accounts = accounts;
        this.key = key;
        this.json = json;
    }

    @PostMapping("/media")
    Map<String, String> media(@RequestBody String body) {
        JsonNode request = json.readTree(body);
        byte[] bytes = Base64.getDecoder().decode(required(request, "content"));
        if (bytes.length == 0 || bytes.length > MAX_IMAGE_BYTES) {
            throw new TenpayError(400, "PARAM_ERROR", "图片大小不能超过400KB");
        }
        if (!isImage(bytes)) {
            throw new TenpayError(400, "PARAM_ERROR", "只支持 JPEG 或 PNG 图片");
        }
        if (!sha256(bytes).equalsIgnoreCase(required(request, "sha256"))) {
            throw new TenpayError(400, "PARAM_ERROR", "sha256 不匹配");
        }
        return Map.of("media_id", accounts.newMedia());
    }

    @PostMapping("/accounts")
    Map<String, Object> register(@RequestBody String body) {
        JsonNode request = json.readTree(body);
        JsonNode legal = request.path("legal_representative");
        JsonNode admin = request.path("super_admin");
        List<String> media = List.of(required(request, "business_license_media_id"), required(legal, "id_card_front_media_id"),
                required(legal, "id_card_back_media_id"));
        List<Instant> uploaded = media.stream().map(id -> accounts.mediaUploadedAt(id)
                .orElseThrow(() -> new TenpayError(400, "PARAM_ERROR", id + " 不是有效的 media_id"))).toList();
        if (uploaded.stream().map(at -> at.atZone(SHANGHAI).toLocalDate()).distinct().count() > 1) {
            throw new TenpayError(400, "DOCUMENTS_NOT_SAME_DAY", "身份证正反面和营业执照须在同一天上传");
        }
        String legalName = decrypted(legal, "name");
        decrypted(legal, "id_number");
        String adminName = decrypted(admin, "name");
        decrypted(admin, "id_number");
        decrypted(admin, "mobile");
        required(admin, "type");
        TenpayAccount account = accounts.register(required(request, "out_request_no"), filled -> {
            filled.companyName = required(request, "company_name");
            filled.businessLicenseNumber = required(request, "business_license_number");
            filled.legalRepresentativeName = legalName;
            filled.superAdminName = adminName;
        });
        return Map.of("account_id", account.accountId, "state", account.state.name(), "admin_confirm_url", account.adminConfirmUrl());
    }

    @GetMapping("/accounts/{accountId}")
    Map<String, Object> status(@PathVariable String accountId) {
        TenpayAccount account = find(accountId);
        synchronized (accounts) {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("account_id", account.accountId);
            view.put("out_request_no", account.outRequestNo);
            view.put("state", account.state.name());
            view.put("state_description", account.state.description());
            switch (account.state) {
                case REGISTERED -> view.put("admin_confirm_url", account.adminConfirmUrl());
                case SIGNING -> view.put("sign_url", account.signUrl());
                case ACTIVE -> view.put("merchant_id", account.merchantId);
                case REJECTED -> view.put("rejections", account.rejections.stream()
                        .map(r -> Map.of("field", r.field(), "reason", r.reason())).toList());
                case AMOUNT_VERIFICATION, AMOUNT_VERIFICATION_LOCKED -> {
                    Map<String, Object> amount = new LinkedHashMap<>();
                    amount.put("attempts_left", Math.max(0, account.attemptsLeft));
                    if (account.amountDeadline != null) {
                        amount.put("deadline", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(account.amountDeadline.atZone(SHANGHAI)));
                    }
                    view.put("amount_verification", amount);
                }
                default -> {
                }
            }
            return view;
        }
    }

    @PostMapping("/accounts/{accountId}/bank-account")
    Map<String, Object> bankAccount(@PathVariable String accountId, @RequestBody String body) {
        JsonNode request = json.readTree(body);
        if (!"CORPORATE".equals(required(request, "account_type"))) {
            throw new TenpayError(400, "PARAM_ERROR", "只支持对公账户");
        }
        required(request, "bank_name");
        required(request, "branch_city");
        required(request, "branch_name");
        if (!request.path("controlling_person_is_legal_representative").isBoolean()) {
            throw new TenpayError(400, "PARAM_ERROR", "缺少参数 controlling_person_is_legal_representative");
        }
        String number = decrypted(request, "account_number");
        TenpayAccount account = accounts.bankAccount(find(accountId), number, required(request, "account_name"));
        return Map.of("state", account.state.name());
    }

    @PostMapping("/accounts/{accountId}/amount-verification")
    Map<String, Object> amount(@PathVariable String accountId, @RequestBody String body) {
        JsonNode request = json.readTree(body);
        if (!request.path("amount_fen").canConvertToLong()) {
            throw new TenpayError(400, "PARAM_ERROR", "缺少参数 amount_fen");
        }
        TenpayAccount account = find(accountId);
        String result = accounts.verifyAmount(account, request.get("amount_fen").asLong());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("result", result);
        answer.put("attempts_left", "VERIFIED".equals(result) ? TenpayAccounts.MAX_ATTEMPTS : Math.max(0, account.attemptsLeft));
        answer.put("state", account.state.name());
        if ("VERIFIED".equals(result)) {
            answer.put("sign_url", account.signUrl());
        }
        return answer;
    }

    private TenpayAccount find(String accountId) {
        return accounts.find(accountId).orElseThrow(() -> new TenpayError(404, "NOT_FOUND", "账户不存在"));
    }

    private String decrypted(JsonNode node, String field) {
        return V3Crypto.decrypt(required(node, field), key.platform())
                .orElseThrow(() -> new TenpayError(400, "PARAM_ERROR", field + " 解密失败，请使用平台公钥加密"));
    }

    private static String required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.asString("").isBlank()) {
            throw new TenpayError(400, "PARAM_ERROR", "缺少参数 " + field);
        }
        return value.asString();
    }

    private static boolean isImage(byte[] bytes) {
        boolean jpeg = bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF;
        boolean png = bytes.length > 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G';
        return jpeg || png;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
