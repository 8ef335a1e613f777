package cloud.marketplace.sandbox.wechatpay;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * WeChat Pay API v3 as merchant-service's adapter (WxJava) uses it: the media upload and the
 * 电商收付通 applyments. Reached through the sandbox acting as HTTP proxy for
 * {@code api.mch.weixin.qq.com} (requests arrive by path); {@link SignedApiFilter} checks the
 * merchant's signatures and signs every answer.
 */
@RestController
class ApplymentController {

    private static final DateTimeFormatter BEIJING = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Shanghai"));
    private static final long MAX_IMAGE_BYTES = 2 * 1024 * 1024;

    private final Applyments applyments;
    private final WechatPayKeys keys;
    private final WechatPayProperties properties;
    private final JsonMapper json;

    ApplymentController(Applyments applyments, WechatPayKeys keys, WechatPayProperties properties, JsonMapper json) {
        this.applyments = applyments;
        this.keys = keys;
        this.properties = properties;
        this.json = json;
    }

    @PostMapping("/v3/merchant/media/upload")
    Map<String, String> upload(@RequestPart("file") MultipartFile file, @RequestPart("meta") String meta) throws IOException {
        JsonNode metadata = json.readTree(meta);
        byte[] bytes = file.getBytes();
        if (bytes.length == 0 || bytes.length > MAX_IMAGE_BYTES) {
            throw new WechatPayError(400, "PARAM_ERROR", "图片大小不能超过2M");
        }
        if (!sha256(bytes).equalsIgnoreCase(metadata.path("sha256").asString(""))) {
            throw new WechatPayError(400, "PARAM_ERROR", "文件sha256不匹配");
        }
        return Map.of("media_id", applyments.newMedia());
    }

    @PostMapping("/v3/ecommerce/applyments/")
    Map<String, Object> apply(@RequestHeader(name = "Wechatpay-Serial", required = false) String serial, @RequestBody String body) {
        if (!properties.platformKeyId().equals(serial)) {
            throw new WechatPayError(400, "PARAM_ERROR", "Wechatpay-Serial 与平台公钥ID不一致");
        }
        JsonNode request = json.readTree(body);
        String outRequestNo = required(request, "out_request_no");
        JsonNode licence = request.path("business_license_info");
        JsonNode idCard = request.path("id_card_info");
        JsonNode account = request.path("account_info");
        JsonNode contact = request.path("contact_info");
        media(licence, "business_license_copy");
        media(idCard, "id_card_copy");
        media(idCard, "id_card_national");
        if (request.has("organization_cert_info")) {
            media(request.path("organization_cert_info"), "organization_copy");
        }
        required(request, "organization_type");
        required(request, "merchant_shortname");
        required(request.path("sales_scene_info"), "store_name");
        required(account, "bank_account_type");
        required(contact, "contact_type");
        String idNumber = decrypted(idCard, "id_card_number");
        decrypted(idCard, "id_card_name");
        String accountName = decrypted(account, "account_name");
        String accountNumber = decrypted(account, "account_number");
        String contactName = decrypted(contact, "contact_name");
        decrypted(contact, "mobile_phone");
        Applyment applyment = applyments.submit(outRequestNo, filled -> {
            filled.companyName = required(licence, "merchant_name");
            filled.businessLicenseNumber = required(licence, "business_license_number");
            filled.legalPerson = required(licence, "legal_person");
            filled.idCardNumber = idNumber;
            filled.contactName = contactName;
            filled.settlementBank = required(account, "account_bank");
            filled.settlementAccountName = accountName;
            filled.settlementAccountNumber = accountNumber;
        });
        return Map.of("applyment_id", applyment.applymentId, "out_request_no", applyment.outRequestNo);
    }

    @GetMapping("/v3/ecommerce/applyments/{applymentId}")
    Map<String, Object> status(@PathVariable long applymentId) {
        return view(applyments.find(applymentId).orElseThrow(() -> new WechatPayError(404, "RESOURCE_NOT_EXISTS", "申请单不存在")));
    }

    @GetMapping("/v3/ecommerce/applyments/out-request-no/{outRequestNo}")
    Map<String, Object> statusByRequestNo(@PathVariable String outRequestNo) {
        return view(applyments.findByRequestNo(outRequestNo).orElseThrow(() -> new WechatPayError(404, "RESOURCE_NOT_EXISTS", "申请单不存在")));
    }

    private Map<String, Object> view(Applyment applyment) {
        synchronized (applyments) {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("applyment_id", applyment.applymentId);
            view.put("out_request_no", applyment.outRequestNo);
            view.put("applyment_state", applyment.state.name());
            view.put("applyment_state_desc", applyment.state.description());
            if (applyment.state == ApplymentState.ACCOUNT_NEED_VERIFY && applyment.remittance != null) {
                Map<String, Object> validation = new LinkedHashMap<>();
                // the payer's name and number are encrypted for the merchant (its public key), as WeChat Pay does
                validation.put("account_name", V3Crypto.encrypt(applyment.settlementAccountName, keys.merchant()));
                validation.put("account_no", V3Crypto.encrypt(applyment.settlementAccountNumber, keys.merchant()));
                validation.put("pay_amount", Long.toString(applyment.remittance.amountFen()));
                validation.put("destination_account_number", Applyments.COLLECTION_ACCOUNT_NUMBER);
                validation.put("destination_account_name", Applyments.COLLECTION_ACCOUNT_NAME);
                validation.put("destination_account_bank", Applyments.COLLECTION_BANK);
                validation.put("city", Applyments.CITY);
                validation.put("remark", applyment.remittance.memo());
                validation.put("deadline", BEIJING.format(applyment.remittance.deadline()));
                view.put("account_validation", validation);
            }
            if (applyment.state == ApplymentState.NEED_SIGN) {
                view.put("sign_url", applyment.signUrl);
                view.put("sign_state", "UNSIGNED");
            }
            if (applyment.state == ApplymentState.FINISH) {
                view.put("sub_mchid", applyment.subMchid);
                view.put("sign_state", "SIGNED");
            }
            if (applyment.state == ApplymentState.REJECTED) {
                view.put("audit_detail", applyment.rejections.stream()
                        .map(reason -> Map.of("param_name", reason.field(), "reject_reason", reason.reason())).toList());
            }
            return view;
        }
    }

    private void media(JsonNode node, String field) {
        if (!applyments.knowsMedia(required(node, field))) {
            throw new WechatPayError(400, "PARAM_ERROR", field + " 不是有效的 MediaID");
        }
    }

    private String decrypted(JsonNode node, String field) {
        return V3Crypto.decrypt(required(node, field), keys.platform())
                .orElseThrow(() -> new WechatPayError(400, "PARAM_ERROR", field + " 敏感信息解密失败，请使用平台公钥加密"));
    }

    private static String required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.asString("").isBlank()) {
            throw new WechatPayError(400, "PARAM_ERROR", "缺少参数 " + field);
        }
        return value.asString();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
