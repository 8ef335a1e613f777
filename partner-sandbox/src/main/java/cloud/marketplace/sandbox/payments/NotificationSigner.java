package cloud.marketplace.sandbox.payments;

import cloud.marketplace.sandbox.wechatpay.V3Crypto;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Signs notifications as billing-service's PAYMENT-CHANNELS.md describes: over
 * {@code timestamp\nnonce\nbody\n}, SHA256withRSA with the WeChat Pay platform key, HMAC-SHA256
 * with the QQ Pay and bank gateway merchant keys; a fresh nonce every time.
 */
@Component
class NotificationSigner {

    private final PaymentChannelProperties properties;
    private final PrivateKey wechatPlatformKey;
    private final String wechatPlatformKeyId;

    /** WeChat Pay's notifications are signed with the same platform key as its API answers ({@code sandbox.wechatpay.*}). */
    NotificationSigner(PaymentChannelProperties properties,
                       @Value("${sandbox.wechatpay.platform-private-key:classpath:cloud/marketplace/sandbox/wechatpay/platform-private.pem}")
                       String wechatPlatformKey,
                       @Value("${sandbox.wechatpay.platform-key-id:PUB_KEY_ID_0119000001092025010100000000000000}")
                       String wechatPlatformKeyId) {
        this.properties = properties;
        this.wechatPlatformKey = V3Crypto.privateKey(wechatPlatformKey);
        this.wechatPlatformKeyId = wechatPlatformKeyId;
    }

    Map<String, String> headers(Channel channel, String body, Instant at) {
        String timestamp = Long.toString(at.getEpochSecond());
        String nonce = UUID.randomUUID().toString().replace("-", "");
        byte[] message = (timestamp + "\n" + nonce + "\n" + body + "\n").getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = new LinkedHashMap<>();
        switch (channel) {
            case WECHAT_PAY -> {
                headers.put("Wechatpay-Timestamp", timestamp);
                headers.put("Wechatpay-Nonce", nonce);
                headers.put("Wechatpay-Serial", wechatPlatformKeyId);
                headers.put("Wechatpay-Signature", rsa(message));
            }
            case QQ_PAY -> {
                headers.put("X-QPay-Timestamp", timestamp);
                headers.put("X-QPay-Nonce", nonce);
                headers.put("X-QPay-Signature", hmac(properties.qqPayKey(), message));
            }
            case ONLINE_BANKING -> {
                headers.put("X-Gateway-Timestamp", timestamp);
                headers.put("X-Gateway-Nonce", nonce);
                headers.put("X-Gateway-Signature", hmac(properties.bankGatewayKey(), message));
            }
        }
        return headers;
    }

    private String rsa(byte[] message) {
        try {
            Signature signer = Signature.getInstance("SHA256withRSA");
            signer.initSign(wechatPlatformKey);
            signer.update(message);
            return Base64.getEncoder().encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hmac(String key, byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(message));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
