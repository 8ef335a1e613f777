package cloud.marketplace.merchant.tenpay.partner;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The Tenpay contract's settings (TENPAY-CONTRACT.md); keys are PEM text or a {@code classpath:}/{@code file:} location. */
@ConfigurationProperties("merchant.tenpay")
record TenpayProperties(String baseUrl, String merchantId, String merchantSerialNo, String merchantPrivateKey,
                        String platformPublicKeyId, String platformPublicKey, Duration connectTimeout, Duration readTimeout) {
}
