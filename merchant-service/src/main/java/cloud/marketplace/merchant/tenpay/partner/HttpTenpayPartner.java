package cloud.marketplace.merchant.tenpay.partner;

import cloud.marketplace.contracts.events.FieldReason;
import cloud.marketplace.merchant.document.DocumentContent;
import cloud.marketplace.merchant.document.DocumentKind;
import cloud.marketplace.merchant.form.LegalRepresentative;
import cloud.marketplace.merchant.form.SuperAdmin;
import cloud.marketplace.merchant.partner.PartnerFailure;
import cloud.marketplace.merchant.partner.PartnerTime;
import cloud.marketplace.merchant.signing.PemKeys;
import cloud.marketplace.merchant.signing.RsaSignatures;
import cloud.marketplace.merchant.signing.SignedAnswer;
import cloud.marketplace.merchant.tenpay.AmountCheck;
import cloud.marketplace.merchant.tenpay.BankAccount;
import cloud.marketplace.merchant.tenpay.TenpayPartner;
import cloud.marketplace.merchant.tenpay.TenpayRegistration;
import cloud.marketplace.merchant.tenpay.TenpayState;
import cloud.marketplace.merchant.tenpay.TenpayStatus;
import cloud.marketplace.merchant.tenpay.TenpaySubmission;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Tenpay's activation steps over the signed HTTP contract of TENPAY-CONTRACT.md: requests signed
 * with our merchant key (WeChat Pay v3's scheme), sensitive fields encrypted with Tenpay's public
 * key, every answer checked against Tenpay's key within a 5-minute window.
 */
@Component
@EnableConfigurationProperties(TenpayProperties.class)
class HttpTenpayPartner implements TenpayPartner {

    static final String SCHEMA = "TENPAY2-SHA256-RSA2048";
    private static final Logger log = LoggerFactory.getLogger(HttpTenpayPartner.class);
    private static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(60);

    private final TenpayProperties properties;
    private final PrivateKey merchantKey;
    private final PublicKey platformKey;
    private final JsonMapper json;
    private final Clock clock;
    private final HttpClient http;
    private final SecureRandom random = new SecureRandom();

    HttpTenpayPartner(TenpayProperties properties, JsonMapper json, Clock clock) {
        this.properties = properties;
        this.merchantKey = PemKeys.privateKey(PemKeys.read(properties.merchantPrivateKey()));
        this.platformKey = PemKeys.publicKey(PemKeys.read(properties.platformPublicKey()));
        this.json = json;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(properties.connectTimeout()).build();
    }

    @Override
    public String uploadImage(DocumentContent document) {
        ObjectNode body = json.createObjectNode()
                .put("file_name", document.fileName())
                .put("sha256", document.info().sha256())
                .put("content", Base64.getEncoder().encodeToString(document.bytes()));
        return text(call("POST", "/tenpay/v1/media", body), "media_id", true);
    }

    @Override
    public TenpayRegistration register(TenpaySubmission submission) {
        SuperAdmin admin = submission.form().superAdmin();
        LegalRepresentative legal = submission.form().legalRepresentative();
        ObjectNode body = json.createObjectNode()
                .put("out_request_no", submission.businessCode())
                .put("company_name", submission.company().name())
                .put("business_license_number", submission.company().businessLicenseNumber())
                .put("business_license_media_id", submission.mediaIds().get(DocumentKind.BUSINESS_LICENSE));
        body.putObject("legal_representative")
                .put("id_type", legal.idType())
                .put("name", encrypt(legal.name()))
                .put("id_number", encrypt(legal.idNumber()))
                .put("valid_from", legal.validFrom())
                .put("valid_until", legal.validUntil())
                .put("id_card_front_media_id", submission.mediaIds().get(DocumentKind.ID_CARD_FRONT))
                .put("id_card_back_media_id", submission.mediaIds().get(DocumentKind.ID_CARD_BACK));
        body.putObject("super_admin")
                .put("type", admin.type().name())
                .put("name", encrypt(admin.name()))
                .put("id_number", encrypt(admin.idNumber()))
                .put("mobile", encrypt(admin.mobile()))
                .put("email", encrypt(admin.email()));
        JsonNode answer = call("POST", "/tenpay/v1/accounts", body);
        return new TenpayRegistration(text(answer, "account_id", true), state(answer), text(answer, "admin_confirm_url", false));
    }

    @Override
    public TenpayStatus status(String accountId) {
        JsonNode answer = call("GET", "/tenpay/v1/accounts/" + accountId, null);
        try {
            List<FieldReason> rejections = new ArrayList<>();
            answer.path("rejections").forEach(r -> rejections.add(new FieldReason(r.path("field").asString("application"),
                    r.path("reason").asString())));
            JsonNode amount = answer.path("amount_verification");
            return new TenpayStatus(state(answer), text(answer, "state_description", false), text(answer, "admin_confirm_url", false),
                    text(answer, "sign_url", false), text(answer, "merchant_id", false),
                    amount.has("attempts_left") ? amount.get("attempts_left").asInt() : null,
                    PartnerTime.parse(text(amount, "deadline", false)), rejections);
        } catch (PartnerFailure failure) {
            throw failure;
        } catch (RuntimeException e) {
            throw new PartnerFailure.Unavailable("Tenpay's account status is malformed: " + e.getMessage(), e);
        }
    }

    @Override
    public TenpayState submitBankAccount(String accountId, BankAccount account, String accountName) {
        ObjectNode body = json.createObjectNode()
                .put("account_type", account.accountType())
                .put("account_name", accountName)
                .put("bank_name", account.bankName())
                .put("branch_city", account.branchCity())
                .put("branch_name", account.branchName())
                .put("account_number", encrypt(account.accountNumber()))
                .put("controlling_person_is_legal_representative", account.controllingPersonIsLegalRepresentative());
        return state(call("POST", "/tenpay/v1/accounts/" + accountId + "/bank-account", body));
    }

    @Override
    public AmountCheck verifyAmount(String accountId, long amountFen) {
        ObjectNode body = json.createObjectNode().put("amount_fen", amountFen);
        JsonNode answer = call("POST", "/tenpay/v1/accounts/" + accountId + "/amount-verification", body);
        try {
            return new AmountCheck(AmountCheck.Result.valueOf(text(answer, "result", true)), answer.path("attempts_left").asInt(0),
                    answer.has("state") ? state(answer) : null, text(answer, "sign_url", false));
        } catch (IllegalArgumentException e) {
            throw new PartnerFailure.Unavailable("Tenpay's amount verification answer is malformed", e);
        }
    }

    private String encrypt(String value) {
        return value == null ? null : RsaSignatures.encrypt(value, platformKey);
    }

    /** Sends a signed request and answers the checked JSON body of a 2xx; anything else is a {@link PartnerFailure}. */
    private JsonNode call(String method, String path, JsonNode body) {
        String payload = body == null ? "" : json.writeValueAsString(body);
        URI uri = URI.create(properties.baseUrl().replaceAll("/+$", "") + path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(properties.readTimeout())
                .header("Accept", "application/json")
                .header("Authorization", authorization(method, uri, payload))
                .header("Tenpay-Serial", properties.platformPublicKeyId());
        if (body == null) {
            request.GET();
        } else {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8));
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new PartnerFailure.Unavailable("Tenpay did not answer " + method + " " + path + " in time", e);
        } catch (IOException e) {
            throw new PartnerFailure.Unavailable("Tenpay could not be reached: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PartnerFailure.Unavailable("interrupted while calling Tenpay", e);
        }
        return checked(method + " " + path, response);
    }

    private JsonNode checked(String target, HttpResponse<String> response) {
        SignedAnswer.Verdict verdict = SignedAnswer.check(header(response, "Tenpay-Timestamp"), header(response, "Tenpay-Nonce"),
                header(response, "Tenpay-Serial"), header(response, "Tenpay-Signature"), response.body(),
                properties.platformPublicKeyId(), platformKey, clock.instant());
        int status = response.statusCode();
        if (status == 429) {
            throw new PartnerFailure.RateLimited(retryAfter(response));
        }
        if (!verdict.trusted() && (status < 300 || verdict != SignedAnswer.Verdict.UNSIGNED)) {
            log.warn("Refusing a {} answer of Tenpay to {}: signature {}", status, target, verdict);
            throw new PartnerFailure.Untrusted("Tenpay's answer failed its signature check: " + verdict);
        }
        if (status >= 500 || !verdict.trusted()) {
            throw new PartnerFailure.Unavailable("Tenpay answered " + status + " to " + target, null);
        }
        JsonNode body;
        try {
            body = json.readTree(response.body());
        } catch (RuntimeException e) {
            throw new PartnerFailure.Unavailable("Tenpay's answer to " + target + " is not JSON", e);
        }
        if (status >= 300 || body == null || !body.isObject()) {
            if (status < 300) {
                throw new PartnerFailure.Unavailable("Tenpay's answer to " + target + " is not a JSON object", null);
            }
            throw new PartnerFailure.Refused(status, body == null ? "UNKNOWN" : body.path("code").asString("UNKNOWN"),
                    body == null ? "HTTP " + status : body.path("message").asString("HTTP " + status));
        }
        return body;
    }

    private String authorization(String method, URI uri, String body) {
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        byte[] nonceBytes = new byte[16];
        random.nextBytes(nonceBytes);
        String nonce = HexFormat.of().formatHex(nonceBytes).toUpperCase(Locale.ROOT);
        String target = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        String message = method + "\n" + target + "\n" + timestamp + "\n" + nonce + "\n" + body + "\n";
        return SCHEMA + " mchid=\"" + properties.merchantId() + "\",nonce_str=\"" + nonce + "\",timestamp=\"" + timestamp
                + "\",serial_no=\"" + properties.merchantSerialNo() + "\",signature=\"" + RsaSignatures.sign(message, merchantKey) + "\"";
    }

    private static TenpayState state(JsonNode answer) {
        String state = text(answer, "state", true);
        try {
            return TenpayState.valueOf(state);
        } catch (IllegalArgumentException e) {
            throw new PartnerFailure.Unavailable("Tenpay reported an unknown state " + state, e);
        }
    }

    private static String text(JsonNode node, String field, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.asString().isBlank()) {
            if (required) {
                throw new PartnerFailure.Unavailable("Tenpay's answer has no " + field, null);
            }
            return null;
        }
        return value.asString();
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    private static Duration retryAfter(HttpResponse<?> response) {
        try {
            return response.headers().firstValue("Retry-After").map(v -> Duration.ofSeconds(Math.max(1, Long.parseLong(v.strip()))))
                    .orElse(DEFAULT_RETRY_AFTER);
        } catch (NumberFormatException e) {
            return DEFAULT_RETRY_AFTER;
        }
    }
}
