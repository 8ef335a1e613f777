package cloud.marketplace.sandbox.payments;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The keys the sandbox's payment channels sign notifications with, and where the payer is sent
 * for online banking. The defaults are the development keys billing-service trusts locally
 * (its WeChat Pay platform public key pairs with {@link #DEVELOPMENT_WECHAT_PAY_PRIVATE_KEY});
 * nothing here is a real key.
 */
@ConfigurationProperties("sandbox.payments")
record PaymentChannelProperties(
        @DefaultValue("http://localhost:8090") String publicBaseUrl,
        @DefaultValue("PUB_KEY_ID_0119000001092026112800000000000001") String wechatPayPlatformSerial,
        @DefaultValue(DEVELOPMENT_WECHAT_PAY_PRIVATE_KEY) String wechatPayPlatformPrivateKey,
        @DefaultValue("local-sandbox-qq-pay-key-change-me-0123456789") String qqPayKey,
        @DefaultValue("local-sandbox-bank-gateway-key-change-me-01234") String bankGatewayKey) {

    /** PKCS#8, base64 DER: the development WeChat Pay platform key. */
    static final String DEVELOPMENT_WECHAT_PAY_PRIVATE_KEY = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQDa2G9yvx8MxF78KvDyvPblWrnugnH+SlCFEPrp9FBCAZFZmnQGdtwmA7H/hAKB1AWeMTcbxDozpHvrufnedG27TcoK7xaos1uujtCINLP4cCLdDK8qeTaxOdcU9nBtV1MCKQo4KRX3WmkKMddVUEAjbHLnbaIm5ALGw6t1JgnA91JyN4ysn/CGz0V85n15iPOE0kCWaqqG9ipNMEOEGWlYkXkUt7n7lqsrzRFKSgDbeccvcov2NqUw7aK18ob88Qm94+YFT5CNTFEH9TWfcIXgXd4OK13gnUcllpuBUy6fpfwUv158aGmFOv+1GDn029+dkME8JMoloQgl04mfzw5rAgMBAAECggEAJRUhpV7vQvmPYslf9LHCYFDESr790+oBxNqAud31L4oWeAls+Z9wZFyh77sNtbQYk5qhTOouNov7l5D23xP5eBCRWNL0kvd5ZJW8jifoCwPtVGmO0PKjKtqzMFEl8dEnNql/ms6Tc0t1mw2hAErN43K/8akpHc/rDIUha4Nbib/OmHK8/Xri7unoFwhmuPEDVSkaOInrzMB8VP7mCZNA9aef56gCqNceHxYQckaPxbQcllVgVVf0PPfKRqJbKcKHjCbJZwDtNL4eMaZqdXcXYdssQt0luf/5+ja2qRKuN1LnXYiqNHzxbWSksUC5teVKNgfs/0kxNIo+mocmeZlJUQKBgQDtMGfdcDwvrrKUprGUEyphdqEvf+SfcARtFhhQFB7ehONYx7ayLccEY10HHMn0yXdhh2w10SFqsBLb4l47OBvoIRAhAasfPED5qdUx8DkbffYn9PykQEkUYcsjYhvSYdWqL0kjl0RSmnP3gLb06jn3h6ofJIB77AMm7S4v5W8j6QKBgQDsM5pmULOwwg3p9nIw/lygtoMmBzC3sUxnQ4N9rGSeTvm53wtxaWYYGvBcmzUrwvzJ4Q7T24nK4lIXel+3rQDPHUrHHeox+baZ4Ufete9nCv/nA+sk4xLAlJzzqontqFxHpp6Z8BCFDhew/6wB3/BaNkODAzCR3igH+mLjuiZPMwKBgQCTU0TAe402xNkxkhSs9/aUET5vJY5ZJhfpthal7sl5x6r7IxmstNhwNlO7LjuXK2hWkOo6x0ptXS5pm8KSH/jdh2PgTIwA28k0CjRdT2v5UpUKHpaqYy/BVDj8Il1LoO85RSO10qhicoNjkXSSzcXxpTebHm4cCu2uSRYuM+GDuQKBgFqcTS3U5an4N4g6P4ImAfixK0yKU5kUTeALWUT7vjmwyEISm3wtV7oFk5GjBNm92mXDjYGeZZTMD3vsOQ3oMzhA32/VPQNg7TjI4F5CYw2ffZ3stecXqRjxqegb0v+1p3jhJVSecGfqiRIgcqbhdn3U9T8sGRTMKYUt+4Oq5IlbAoGAAlwCswo99p5Bj4YuTMFzWwydxKLTtBZGKJe6XCbcrIeFiJM5yWNut3LIg6zq64YhX2CGZ5lyWj9Sf4pgDOr3h1Ogh8OqgvDpvcTUKeBsHrQN1PaMSwl8dedOTV18gX+attllTgWqNN+qHnPvqZWNLlsrCw6ozwueTfJFunddifc=";
}
