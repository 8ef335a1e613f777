package cloud.marketplace.merchant.signing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import org.springframework.core.io.DefaultResourceLoader;

/** RSA keys in PEM: PKCS#8 private keys and X.509 (SubjectPublicKeyInfo) public keys, by location or content. */
public final class PemKeys {

    /** {@code classpath:…}, {@code file:…}, or the PEM text itself. */
    public static String read(String locationOrPem) {
        if (locationOrPem.contains("-----BEGIN")) {
            return locationOrPem;
        }
        try (InputStream in = new DefaultResourceLoader().getResource(locationOrPem).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the key at " + locationOrPem, e);
        }
    }

    public static PrivateKey privateKey(String pem) {
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der(pem)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("not an RSA PKCS#8 private key", e);
        }
    }

    public static PublicKey publicKey(String pem) {
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der(pem)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("not an RSA public key", e);
        }
    }

    private static byte[] der(String pem) {
        return Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
    }

    private PemKeys() {
    }
}
