package cloud.marketplace.billing.client.channels;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import org.springframework.core.io.DefaultResourceLoader;

/** RSA keys from configuration: {@code classpath:…} or {@code file:…} of a PEM file, or the PEM (or base64 DER) itself. */
final class PemKeys {

    static PrivateKey privateKey(String locationOrPem, String what) {
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der(locationOrPem)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException(what + " is not a PKCS#8 RSA private key", e);
        }
    }

    static PublicKey publicKey(String locationOrPem, String what) {
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der(locationOrPem)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException(what + " is not an X.509 RSA public key", e);
        }
    }

    private static byte[] der(String locationOrPem) {
        String text = locationOrPem.strip();
        if (text.startsWith("classpath:") || text.startsWith("file:")) {
            try (var in = new DefaultResourceLoader().getResource(text).getInputStream()) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + locationOrPem, e);
            }
        }
        return Base64.getMimeDecoder().decode(text.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
    }

    private PemKeys() {
    }
}
