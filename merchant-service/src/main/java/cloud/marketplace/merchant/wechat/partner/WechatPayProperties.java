package cloud.marketplace.merchant.wechat.partner;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * WeChat Pay API v3 settings. {@code baseUrl} must keep the host {@code api.mch.weixin.qq.com}:
 * WxJava signs requests and checks answers only for that host, so local mode and tests reach the
 * sandbox or a stub through {@code proxy} (an HTTP proxy URL) instead of another base URL.
 * Keys are PEM text or a {@code classpath:}/{@code file:} location.
 */
@ConfigurationProperties("merchant.wechat-pay")
record WechatPayProperties(String baseUrl, String proxy, String merchantId, String merchantSerialNo, String merchantPrivateKey,
                           String apiV3Key, String platformPublicKeyId, String platformPublicKey, Duration connectTimeout,
                           Duration readTimeout, String storeUrl) {

    URI proxyUri() {
        return proxy == null || proxy.isBlank() ? null : URI.create(proxy.contains("://") ? proxy : "http://" + proxy);
    }
}
