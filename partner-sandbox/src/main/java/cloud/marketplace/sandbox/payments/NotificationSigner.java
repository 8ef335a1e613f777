package cloud.marketplace.sandbox.payments;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
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

    NotificationSigner(PaymentChannelProperties properties) {
        this.properties = properties;
        try {
            this.wechatPlatformKey = KeyFactory.getInstance("RSA").generatePrivate(
                    new PKCS8EncodedKeySpec(Base64.getMimeDecoder().decode(properties.wechatPayPlatformPrivateKey())));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("sandbox.payments.wechat-pay-platform-private-key is not a base64 PKCS#8 RSA key", e);
        }
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
                headers.put("Wechatpay-Serial", properties.wechatPayPlatformSerial());
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
