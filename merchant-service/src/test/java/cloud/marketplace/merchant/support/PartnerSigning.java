package cloud.marketplace.merchant.support;

import cloud.marketplace.merchant.signing.RsaSignatures;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes WireMock a faithful partner: it checks our {@code Authorization} signature (merchant
 * public key, over {@code METHOD\nURL\ntimestamp\nnonce\nbody\n}; for a media upload the body is
 * the {@code meta} part) and answers 401 when it fails; it signs every answer with the partner's
 * platform key. A stub may ask for a {@code signature} of {@code forged} (another key),
 * {@code stale} (10 minutes old) or {@code none}.
 */
public class PartnerSigning implements ResponseTransformerV2 {

    private static final Pattern PAIR = Pattern.compile("(\\w+)=\"([^\"]*)\"");

    @Override
    public String getName() {
        return "partner-signing";
    }

    @Override
    public boolean applyGlobally() {
        return true;
    }

    @Override
    public Response transform(Response response, ServeEvent serveEvent) {
        Request request = serveEvent.getRequest();
        String url = request.getUrl();
        Partner partner;
        if (url.startsWith("/v3/")) {
            partner = new Partner("WECHATPAY2-SHA256-RSA2048", "Wechatpay-", TestKeys.WECHAT_PLATFORM, TestKeys.WECHAT_KEY_ID);
        } else if (url.startsWith("/tenpay/")) {
            partner = new Partner("TENPAY2-SHA256-RSA2048", "Tenpay-", TestKeys.TENPAY_PLATFORM, TestKeys.TENPAY_KEY_ID);
        } else {
            return response;
        }
        Parameters parameters = serveEvent.getTransformerParameters();
        String mode = parameters != null && parameters.containsKey("signature") ? parameters.getString("signature") : "valid";
        if (!requestSignatureValid(request, partner.schema())) {
            String body = "{\"code\":\"SIGN_ERROR\",\"message\":\"the request signature is not valid\"}";
            Response refused = Response.Builder.like(response).but().status(401).body(body)
                    .headers(new HttpHeaders(new HttpHeader("Content-Type", "application/json"))).build();
            return sign(refused, body, partner, "valid");
        }
        return sign(response, response.getBodyAsString(), partner, mode);
    }

    static boolean requestSignatureValid(Request request, String schema) {
        String authorization = request.getHeader("Authorization");
        if (authorization == null || !authorization.startsWith(schema + " ")) {
            return false;
        }
        Map<String, String> values = new HashMap<>();
        Matcher matcher = PAIR.matcher(authorization.substring(schema.length() + 1));
        while (matcher.find()) {
            values.put(matcher.group(1), matcher.group(2));
        }
        if (!TestKeys.MERCHANT_ID.equals(values.get("mchid")) || !TestKeys.MERCHANT_SERIAL.equals(values.get("serial_no"))) {
            return false;
        }
        String body = request.isMultipart() && request.getPart("meta") != null
                ? request.getPart("meta").getBody().asString() : request.getBodyAsString();
        String message = request.getMethod().getName() + "\n" + request.getUrl() + "\n" + values.get("timestamp") + "\n"
                + values.get("nonce_str") + "\n" + (body == null ? "" : body) + "\n";
        PublicKey merchant = TestKeys.MERCHANT.getPublic();
        return values.get("signature") != null && RsaSignatures.verify(message, values.get("signature"), merchant);
    }

    private static Response sign(Response response, String body, Partner partner, String mode) {
        if ("none".equals(mode)) {
            return response;
        }
        long timestamp = Instant.now().getEpochSecond() - ("stale".equals(mode) ? 600 : 0);
        String nonce = UUID.randomUUID().toString().replace("-", "");
        KeyPair key = "forged".equals(mode) ? TestKeys.FORGER : partner.platform();
        String signature = RsaSignatures.sign(timestamp + "\n" + nonce + "\n" + body + "\n", key.getPrivate());
        HttpHeaders headers = response.getHeaders().plus(
                new HttpHeader(partner.headerPrefix() + "Timestamp", Long.toString(timestamp)),
                new HttpHeader(partner.headerPrefix() + "Nonce", nonce),
                new HttpHeader(partner.headerPrefix() + "Serial", partner.keyId()),
                new HttpHeader(partner.headerPrefix() + "Signature", signature));
        return Response.Builder.like(response).but().headers(headers).build();
    }

    private record Partner(String schema, String headerPrefix, KeyPair platform, String keyId) {
    }
}
