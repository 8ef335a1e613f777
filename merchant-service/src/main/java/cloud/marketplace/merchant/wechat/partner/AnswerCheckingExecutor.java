package cloud.marketplace.merchant.wechat.partner;

import cloud.marketplace.merchant.partner.PartnerFailure;
import cloud.marketplace.merchant.signing.SignedAnswer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import org.apache.http.Header;
import org.apache.http.HttpClientConnection;
import org.apache.http.HttpEntity;
import org.apache.http.HttpException;
import org.apache.http.HttpRequest;
import org.apache.http.HttpResponse;
import org.apache.http.entity.ByteArrayEntity;
import org.apache.http.entity.ContentType;
import org.apache.http.protocol.HttpContext;
import org.apache.http.protocol.HttpRequestExecutor;
import org.apache.http.util.EntityUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks every WeChat Pay answer right where it is read, before WxJava sees it, and closes what
 * WxJava leaves open: answers of any content type and any status are checked, and the
 * {@code Wechatpay-Timestamp} must be within 5 minutes of our clock. A 2xx must be signed by the
 * platform key; an error answer is the partner's word only when signed (else it is treated as a
 * transport failure); a 429 asks us to wait.
 */
class AnswerCheckingExecutor extends HttpRequestExecutor {

    private static final Logger log = LoggerFactory.getLogger(AnswerCheckingExecutor.class);
    private static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(60);

    private final String platformKeyId;
    private final PublicKey platformKey;
    private final Clock clock;
    private final JsonMapper json;

    AnswerCheckingExecutor(String platformKeyId, PublicKey platformKey, Clock clock, JsonMapper json) {
        this.platformKeyId = platformKeyId;
        this.platformKey = platformKey;
        this.clock = clock;
        this.json = json;
    }

    @Override
    public HttpResponse execute(HttpRequest request, HttpClientConnection connection, HttpContext context)
            throws IOException, HttpException {
        HttpResponse response = super.execute(request, connection, context);
        HttpEntity entity = response.getEntity();
        byte[] body = entity == null ? new byte[0] : EntityUtils.toByteArray(entity);
        if (entity != null) {
            ByteArrayEntity copy = new ByteArrayEntity(body);
            copy.setContentType(entity.getContentType());
            response.setEntity(copy);
        }
        String text = new String(body, StandardCharsets.UTF_8);
        SignedAnswer.Verdict verdict = SignedAnswer.check(header(response, "Wechatpay-Timestamp"), header(response, "Wechatpay-Nonce"),
                header(response, "Wechatpay-Serial"), header(response, "Wechatpay-Signature"), text, platformKeyId, platformKey,
                clock.instant());
        int status = response.getStatusLine().getStatusCode();
        String target = request.getRequestLine().getMethod() + " " + request.getRequestLine().getUri();
        if (status >= 200 && status < 300) {
            if (!verdict.trusted()) {
                log.warn("Refusing a {} answer of WeChat Pay to {}: signature {}", status, target, verdict);
                throw new PartnerAnswerException(new PartnerFailure.Untrusted("WeChat Pay's answer failed its signature check: " + verdict));
            }
            if (!isJson(entity)) {
                throw new PartnerAnswerException(new PartnerFailure.Unavailable("WeChat Pay answered " + status + " without JSON", null));
            }
            return response;
        }
        if (status == 429) {
            throw new PartnerAnswerException(new PartnerFailure.RateLimited(retryAfter(response)));
        }
        if (verdict == SignedAnswer.Verdict.FORGED || verdict == SignedAnswer.Verdict.STALE || verdict == SignedAnswer.Verdict.WRONG_SERIAL) {
            log.warn("Refusing a {} answer of WeChat Pay to {}: signature {}", status, target, verdict);
            throw new PartnerAnswerException(new PartnerFailure.Untrusted("WeChat Pay's error answer failed its signature check: " + verdict));
        }
        if (status >= 500 || !verdict.trusted()) {
            throw new PartnerAnswerException(new PartnerFailure.Unavailable("WeChat Pay answered " + status
                    + (verdict.trusted() ? "" : " (unsigned)"), null));
        }
        throw new PartnerAnswerException(refusal(status, text));
    }

    private PartnerFailure refusal(int status, String body) {
        try {
            JsonNode error = json.readTree(body);
            return new PartnerFailure.Refused(status, error.path("code").asString("UNKNOWN"), error.path("message").asString(body));
        } catch (RuntimeException e) {
            return new PartnerFailure.Refused(status, "UNKNOWN", "HTTP " + status);
        }
    }

    private static boolean isJson(HttpEntity entity) {
        if (entity == null || entity.getContentType() == null) {
            return false;
        }
        try {
            return ContentType.APPLICATION_JSON.getMimeType().equals(ContentType.parse(entity.getContentType().getValue()).getMimeType());
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static Duration retryAfter(HttpResponse response) {
        String value = header(response, "Retry-After");
        try {
            return value == null ? DEFAULT_RETRY_AFTER : Duration.ofSeconds(Math.max(1, Long.parseLong(value.strip())));
        } catch (NumberFormatException e) {
            return DEFAULT_RETRY_AFTER;
        }
    }

    private static String header(HttpResponse response, String name) {
        Header header = response.getFirstHeader(name);
        return header == null ? null : header.getValue();
    }
}
