package cloud.marketplace.billing;

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

/** Signs notifications the way each channel of PAYMENT-CHANNELS.md does, with the test keys of {@link TestPartners}. */
public final class ChannelSigner {

    public static String nonce() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    public static Map<String, String> wechat(String body, Instant at, String nonce) {
        return wechat(body, at, nonce, TestPartners.wechatPlatformKey().getPrivate());
    }

    public static Map<String, String> wechat(String body, Instant at, String nonce, PrivateKey key) {
        String timestamp = Long.toString(at.getEpochSecond());
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Wechatpay-Timestamp", timestamp);
        headers.put("Wechatpay-Nonce", nonce);
        headers.put("Wechatpay-Serial", TestPartners.WECHAT_SERIAL);
        headers.put("Wechatpay-Signature", rsa(key, message(timestamp, nonce, body)));
        return headers;
    }

    public static Map<String, String> qqPay(String body, Instant at, String nonce) {
        return hmacHeaders("X-QPay-", TestPartners.QQ_PAY_KEY, body, at, nonce);
    }

    public static Map<String, String> bank(String body, Instant at, String nonce) {
        return hmacHeaders("X-Gateway-", TestPartners.BANK_KEY, body, at, nonce);
    }

    public static Map<String, String> hmacHeaders(String prefix, String key, String body, Instant at, String nonce) {
        String timestamp = Long.toString(at.getEpochSecond());
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(prefix + "Timestamp", timestamp);
        headers.put(prefix + "Nonce", nonce);
        headers.put(prefix + "Signature", hmac(key, message(timestamp, nonce, body)));
        return headers;
    }

    public static String wechatBody(String paymentId, long amountFen, String tradeState) {
        return """
                {"id":"EV-%s","create_time":"2026-01-01T10:00:00+08:00","event_type":"TRANSACTION.%s","resource_type":"plain",\
                "resource":{"mchid":"1900000109","out_trade_no":"%s","transaction_id":"4200%s","trade_state":"%s",\
                "amount":{"total":%d,"currency":"CNY"},"success_time":"2026-01-01T10:00:00+08:00"}}"""
                .formatted(nonce(), tradeState, paymentId, nonce().substring(0, 20), tradeState, amountFen);
    }

    public static String qqPayBody(String paymentId, long amountFen, String tradeState) {
        return """
                {"mch_id":"1900000209","out_trade_no":"%s","transaction_id":"qq%s","trade_state":"%s","total_fee":%d,\
                "fee_type":"CNY","time_end":"2026-01-01T10:00:00+08:00"}"""
                .formatted(paymentId, nonce().substring(0, 20), tradeState, amountFen);
    }

    public static String bankBody(String paymentId, long amountFen, String status) {
        return """
                {"merchantId":"898000000000001","orderNo":"%s","bankSerialNo":"B%s","status":"%s","amountFen":%d,\
                "paidAt":"2026-01-01T10:00:00+08:00"}"""
                .formatted(paymentId, nonce().substring(0, 20), status, amountFen);
    }

    private static byte[] message(String timestamp, String nonce, String body) {
        return (timestamp + "\n" + nonce + "\n" + body + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String rsa(PrivateKey key, byte[] message) {
        try {
            Signature signer = Signature.getInstance("SHA256withRSA");
            signer.initSign(key);
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

    private ChannelSigner() {
    }
}
