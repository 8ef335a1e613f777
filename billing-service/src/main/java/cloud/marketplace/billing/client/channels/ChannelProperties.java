package cloud.marketplace.billing.client.channels;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the payment channels are and how they are trusted. {@code baseUrl} serves the three
 * channels' APIs (the partner sandbox locally) unless a channel names its own; {@code notifyBaseUrl}
 * is where they send notifications ({@code /api/billing/notifications/<channel>} is appended).
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

    /**
     * WeChat Pay API v3: our requests are signed with the merchant's private key (its certificate
     * serial {@code merchantSerialNo}); answers and notifications are signed by the WeChat Pay
     * platform key, checked with its public key ({@code platformSerial} is its id).
     */
    record WeChatPay(String baseUrl, String appId, String merchantId, String merchantSerialNo, String merchantPrivateKey,
                     String platformSerial, String platformPublicKey) {
    }

    /** QQ Pay and the bank gateway sign notifications with a key shared with the merchant (HMAC-SHA256). */
    record SharedKeyChannel(String baseUrl, String merchantId, String key) {
    }

    String wechatPayBaseUrl() {
        return wechatPay.baseUrl() == null || wechatPay.baseUrl().isBlank() ? baseUrl : wechatPay.baseUrl();
    }

    String qqPayBaseUrl() {
        return qqPay.baseUrl() == null || qqPay.baseUrl().isBlank() ? baseUrl : qqPay.baseUrl();
    }

    String onlineBankingBaseUrl() {
        return onlineBanking.baseUrl() == null || onlineBanking.baseUrl().isBlank() ? baseUrl : onlineBanking.baseUrl();
    }

    String notifyUrl(String channelPath) {
        return notifyBaseUrl.replaceAll("/+$", "") + "/api/billing/notifications/" + channelPath;
    }
}
