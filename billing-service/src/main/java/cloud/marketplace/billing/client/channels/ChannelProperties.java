package cloud.marketplace.billing.client.channels;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the payment channels are and how their notifications are checked. {@code baseUrl} serves
 * the three channels' APIs (the partner sandbox locally); {@code notifyBaseUrl} is where they
 * send notifications ({@code /api/billing/notifications/<channel>} is appended).
 */
@ConfigurationProperties("marketplace.billing.channels")
record ChannelProperties(
        @DefaultValue("http://localhost:8090") String baseUrl,
        @DefaultValue("http://localhost:8084") String notifyBaseUrl,
        @DefaultValue("5m") Duration timestampTolerance,
        @DefaultValue("1s") Duration connectTimeout,
        @DefaultValue("5s") Duration readTimeout,
        WeChatPay wechatPay,
        SharedKeyChannel qqPay,
        SharedKeyChannel onlineBanking) {

    /** WeChat Pay signs with its platform RSA key; we verify with its public key (X.509, base64 DER). */
    record WeChatPay(String appId, String merchantId, String platformSerial, String platformPublicKey) {
    }

    /** QQ Pay and the bank gateway sign with a key shared with the merchant (HMAC-SHA256). */
    record SharedKeyChannel(String merchantId, String key) {
    }

    String notifyUrl(String channelPath) {
        return notifyBaseUrl.replaceAll("/+$", "") + "/api/billing/notifications/" + channelPath;
    }
}
