package cloud.marketplace.merchant.support;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** RSA keys made at test time: ours (the merchant's) and each partner's platform key. */
public final class TestKeys {

    public static final KeyPair MERCHANT = generate();
    public static final KeyPair WECHAT_PLATFORM = generate();
    public static final KeyPair TENPAY_PLATFORM = generate();
    /** A key nobody trusts: what a forger would sign with. */
    public static final KeyPair FORGER = generate();

    public static final String WECHAT_KEY_ID = "PUB_KEY_ID_0119000001092025TEST000000000000";
    public static final String TENPAY_KEY_ID = "TENPAY_PUB_KEY_ID_TEST";
    public static final String MERCHANT_ID = "1900000109";
    public static final String MERCHANT_SERIAL = "5157F09EFDC096DE15EBE81A47057A7232F1B8E1";

    public static String privatePem(KeyPair keys) {
        return pem("PRIVATE KEY", keys.getPrivate().getEncoded());
    }

    public static String publicPem(KeyPair keys) {
        return pem("PUBLIC KEY", keys.getPublic().getEncoded());
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
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

    private TestKeys() {
    }
}
