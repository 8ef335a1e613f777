package cloud.marketplace.billing.client.channels;

import cloud.marketplace.billing.client.channels.ChannelHttp.ChannelCallException;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.databind.JsonNode;

/**
 * WeChat Pay API v3 calls: each request carries the merchant's {@code Authorization}
 * ({@code WECHATPAY2-SHA256-RSA2048}, SHA256withRSA over {@code METHOD\nURL\ntimestamp\nnonce\nbody\n}),
 * and each answer — errors included — must carry a valid platform signature over
 * {@code timestamp\nnonce\nbody\n} within the time window, or it is not believed.
 */
@Component
class WeChatPayHttp {

    private static final String SCHEMA = "WECHATPAY2-SHA256-RSA2048";
    private static final NotificationSignatures.Headers ANSWER_HEADERS =
            new NotificationSignatures.Headers("Wechatpay-Timestamp", "Wechatpay-Nonce", "Wechatpay-Signature");

    private final ChannelHttp http;
    private final ChannelProperties properties;
    private final ChannelProperties.WeChatPay config;
    private final PrivateKey merchantKey;
    private final PublicKey platformKey;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    WeChatPayHttp(ChannelHttp http, ChannelProperties properties, Clock clock) {
        this.http = http;
        this.properties = properties;
        this.config = properties.wechatPay();
        this.merchantKey = PemKeys.privateKey(config.merchantPrivateKey(), "the WeChat Pay merchant private key");
        this.platformKey = PemKeys.publicKey(config.platformPublicKey(), "the WeChat Pay platform public key");
        this.clock = clock;
    }

    PublicKey platformKey() {
        return platformKey;
    }

    JsonNode post(String pathAndQuery, Map<String, ?> body) {
        return exchange(HttpMethod.POST, pathAndQuery, http.json().writeValueAsString(body));
    }

    JsonNode get(String pathAndQuery) {
        return exchange(HttpMethod.GET, pathAndQuery, "");
    }

    private JsonNode exchange(HttpMethod method, String pathAndQuery, String body) {
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        byte[] nonceBytes = new byte[16];
        random.nextBytes(nonceBytes);
        String nonce = HexFormat.of().formatHex(nonceBytes).toUpperCase();
        String signature = NotificationSignatures.rsaSign(merchantKey,
                (method.name() + "\n" + pathAndQuery + "\n" + timestamp + "\n" + nonce + "\n" + body + "\n").getBytes(StandardCharsets.UTF_8));
        String authorization = SCHEMA + " mchid=\"" + config.merchantId() + "\",nonce_str=\"" + nonce + "\",timestamp=\""
                + timestamp + "\",serial_no=\"" + config.merchantSerialNo() + "\",signature=\"" + signature + "\"";
        ResponseEntity<String> answer;
        try {
            RestClient.RequestBodySpec request = http.client().method(method)
                    .uri(ChannelHttp.url(properties.wechatPayBaseUrl(), pathAndQuery))
                    .header(HttpHeaders.AUTHORIZATION, authorization)
                    .accept(MediaType.APPLICATION_JSON);
            if (method == HttpMethod.POST) {
                request.contentType(MediaType.APPLICATION_JSON).body(body);
            }
            answer = request.retrieve().onStatus(status -> true, (rq, rs) -> { }).toEntity(String.class);
        } catch (RestClientException e) {
            throw ChannelHttp.unreachable(pathAndQuery, e);
        }
        String text = answer.getBody() == null ? "" : answer.getBody();
        verifyAnswer(pathAndQuery, answer.getHeaders(), text, answer.getStatusCode().value());
        int status = answer.getStatusCode().value();
        if (status >= 500) {
            throw new ChannelCallException(pathAndQuery + " failed: " + status, true, status, null);
        }
        if (status >= 400) {
            throw ChannelHttp.refused(pathAndQuery, status, text, null);
        }
        try {
            return http.read(text);
        } catch (RuntimeException e) {
            throw new ChannelCallException(pathAndQuery + " answered something that is not JSON", true, status, e);
        }
    }

    private void verifyAnswer(String pathAndQuery, HttpHeaders headers, String body, int status) {
        String timestamp = headers.getFirst(ANSWER_HEADERS.timestamp());
        String nonce = headers.getFirst(ANSWER_HEADERS.nonce());
        String signature = headers.getFirst(ANSWER_HEADERS.signature());
        boolean believed = timestamp != null && nonce != null && signature != null
                && config.platformSerial().equals(headers.getFirst(WeChatPayChannel.SERIAL_HEADER))
                && timestamp.matches("\\d{1,12}")
                && NotificationSignatures.stale(timestamp, clock, properties.timestampTolerance()).isEmpty()
                && NotificationSignatures.rsaValid(platformKey, NotificationSignatures.message(timestamp, nonce,
                body.getBytes(StandardCharsets.UTF_8)), signature);
        if (!believed) {
            // whatever it says, it did not come from WeChat Pay: the outcome is unknown
            throw new ChannelCallException(pathAndQuery + " answered " + status + " without a valid WeChat Pay signature",
                    true, status, null);
        }
    }
}
