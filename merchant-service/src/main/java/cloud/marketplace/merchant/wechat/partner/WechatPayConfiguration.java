package cloud.marketplace.merchant.wechat.partner;

import cloud.marketplace.merchant.signing.PemKeys;
import com.github.binarywang.wxpay.config.WxPayConfig;
import com.github.binarywang.wxpay.service.WxPayService;
import com.github.binarywang.wxpay.service.impl.WxPayServiceApacheHttpImpl;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** WxJava in WeChat Pay public-key mode (no platform-certificate download), with our answer checks plugged in. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WechatPayProperties.class)
class WechatPayConfiguration {

    @Bean
    WxPayService wechatPayService(WechatPayProperties properties, Clock clock, JsonMapper json) {
        String platformKey = PemKeys.read(properties.platformPublicKey());
        WxPayConfig config = new WxPayConfig();
        config.setApiHostUrl(properties.baseUrl());
        config.setMchId(properties.merchantId());
        config.setCertSerialNo(properties.merchantSerialNo());
        config.setPrivateKeyContent(PemKeys.read(properties.merchantPrivateKey()).getBytes(StandardCharsets.US_ASCII));
        config.setApiV3Key(properties.apiV3Key());
        config.setPublicKeyId(properties.platformPublicKeyId());
        config.setPublicKeyContent(platformKey.getBytes(StandardCharsets.US_ASCII));
        config.setFullPublicKeyModel(true);
        config.setHttpConnectionTimeout((int) properties.connectTimeout().toMillis());
        config.setHttpTimeout((int) properties.readTimeout().toMillis());
        URI proxy = properties.proxyUri();
        if (proxy != null) {
            config.setHttpProxyHost(proxy.getHost());
            config.setHttpProxyPort(proxy.getPort() < 0 ? 80 : proxy.getPort());
        }
        AnswerCheckingExecutor checks = new AnswerCheckingExecutor(properties.platformPublicKeyId(), PemKeys.publicKey(platformKey),
                clock, json);
        // Retries are the poller's business (with back-off): the HTTP client must not resend on its own. Answers are
        // checked as read off the wire, so they must not come compressed (the signature covers the plain body).
        config.setApiV3HttpClientBuilderCustomizer(builder -> builder.setRequestExecutor(checks).disableAutomaticRetries()
                .disableContentCompression());
        WxPayService service = new WxPayServiceApacheHttpImpl();
        service.setConfig(config);
        return service;
    }
}
