package cloud.marketplace.sandbox.wechatpay;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * A merchant's client of a v3-signed partner API, as merchant-service's adapters behave: it signs
 * {@code METHOD\nURL\ntimestamp\nnonce\nbody\n}, may go through an HTTP proxy (WeChat Pay's host
 * reached through the sandbox), and checks the answer's signature.
 */
public final class SignedPartnerClient {

    public static final KeyPair MERCHANT = generate();
    public static final KeyPair WECHAT_PLATFORM = generate();
    public static final KeyPair TENPAY_PLATFORM = generate();

    private final HttpClient http;
    private final String baseUrl;
    private final String schema;
    private final String answerPrefix;
    private final PublicKey platform;
    private final String serialHeader;
    private final String platformKeyId;

    public record Answer(int status, String body, boolean signatureValid, String serial) {
    }

    private SignedPartnerClient(HttpClient http, String baseUrl, String schema, String answerPrefix, PublicKey platform,
                                String serialHeader, String platformKeyId) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.schema = schema;
        this.answerPrefix = answerPrefix;
        this.platform = platform;
        this.serialHeader = serialHeader;
        this.platformKeyId = platformKeyId;
    }

    /** WeChat Pay: base URL {@code http://api.mch.weixin.qq.com}, the sandbox as HTTP proxy. */
    public static SignedPartnerClient wechatPay(int sandboxPort, String platformKeyId) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .proxy(ProxySelector.of(new InetSocketAddress("localhost", sandboxPort))).build();
        return new SignedPartnerClient(http, "http://api.mch.weixin.qq.com", "WECHATPAY2-SHA256-RSA2048", "Wechatpay-",
                WECHAT_PLATFORM.getPublic(), "Wechatpay-Serial", platformKeyId);
    }

    public static SignedPartnerClient tenpay(int sandboxPort, String platformKeyId) {
        return new SignedPartnerClient(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build(), "http://localhost:" + sandboxPort, "TENPAY2-SHA256-RSA2048",
                "Tenpay-", TENPAY_PLATFORM.getPublic(), "Tenpay-Serial", platformKeyId);
    }

    public static String privatePem(KeyPair keys) {
        return "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder().encodeToString(keys.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
    }

    public static String publicPem(KeyPair keys) {
        return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(keys.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }

    public Answer get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET(), "GET", path, "", true);
    }

    public Answer post(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), "POST", path, json, true);
    }

    public Answer postUnsigned(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), "POST", path, json, false);
    }

    /** The media upload: {@code file} then {@code meta}; the signature covers the meta JSON only. */
    public Answer upload(String path, byte[] image, String meta) {
        String boundary = "sandbox" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"id.jpg\"\r\n"
                + "Content-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(image);
        body.writeBytes(("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"meta\"\r\n"
                + "Content-Type: application/json\r\n\r\n" + meta + "\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), "POST", path, meta, true);
    }

    private Answer send(HttpRequest.Builder request, String method, String path, String signedBody, boolean sign) {
        if (sign) {
            String timestamp = Long.toString(Instant.now().getEpochSecond());
            String nonce = UUID.randomUUID().toString().replace("-", "");
            String signature = V3Crypto.sign(method + "\n" + path + "\n" + timestamp + "\n" + nonce + "\n" + signedBody + "\n",
                    MERCHANT.getPrivate());
            request.header("Authorization", schema + " mchid=\"1900000109\",nonce_str=\"" + nonce + "\",timestamp=\"" + timestamp
                    + "\",serial_no=\"5157F09EFDC096DE15EBE81A47057A7232F1B8E1\",signature=\"" + signature + "\"");
        }
        request.header(serialHeader, platformKeyId);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            String timestamp = response.headers().firstValue(answerPrefix + "Timestamp").orElse("");
            String nonce = response.headers().firstValue(answerPrefix + "Nonce").orElse("");
            String signature = response.headers().firstValue(answerPrefix + "Signature").orElse("");
            boolean valid = V3Crypto.verify(timestamp + "\n" + nonce + "\n" + response.body() + "\n", signature, platform);
            return new Answer(response.statusCode(), response.body(), valid,
                    response.headers().firstValue(answerPrefix + "Serial").orElse(null));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
