package cloud.marketplace.sandbox.wechatpay;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.OAEPParameterSpec;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * The crypto of WeChat Pay API v3 (which the Tenpay contract reuses): SHA256withRSA signatures in
 * base64, RSA/ECB/OAEPWithSHA-1AndMGF1Padding for sensitive fields, RSA keys in PEM.
 */
public final class V3Crypto {

    public static String sign(String message, PrivateKey key) {
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update(message.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("signing failed", e);
        }
    }

    public static boolean verify(String message, String base64Signature, PublicKey key) {
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initVerify(key);
            signature.update(message.getBytes(StandardCharsets.UTF_8));
            return signature.verify(Base64.getDecoder().decode(base64Signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    public static String encrypt(String plain, PublicKey key) {
        try {
            Cipher cipher = Cipher.getInstance("RSA/ECB/OAEPWithSHA-1AndMGF1Padding");
            cipher.init(Cipher.ENCRYPT_MODE, key, OAEPParameterSpec.DEFAULT);
            return Base64.getEncoder().encodeToString(cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    /** The plain text of a field encrypted with the platform public key; empty when it cannot be decrypted. */
    public static java.util.Optional<String> decrypt(String base64, PrivateKey key) {
        if (base64 == null || base64.isBlank()) {
            return java.util.Optional.empty();
        }
        try {
            Cipher cipher = Cipher.getInstance("RSA/ECB/OAEPWithSHA-1AndMGF1Padding");
            cipher.init(Cipher.DECRYPT_MODE, key, OAEPParameterSpec.DEFAULT);
            return java.util.Optional.of(new String(cipher.doFinal(Base64.getDecoder().decode(base64)), StandardCharsets.UTF_8));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    public static PrivateKey privateKey(String location) {
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der(read(location))));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("not an RSA PKCS#8 private key: " + location, e);
        }
    }

    public static PublicKey publicKey(String location) {
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der(read(location))));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("not an RSA public key: " + location, e);
        }
    }

    /** {@code classpath:…}, {@code file:…}, or the PEM text itself. */
    static String read(String locationOrPem) {
        if (locationOrPem.contains("-----BEGIN")) {
            return locationOrPem;
        }
        try (InputStream in = new DefaultResourceLoader().getResource(locationOrPem).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the key at " + locationOrPem, e);
        }
    }

    private static byte[] der(String pem) {
        return Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
    }

    private V3Crypto() {
    }
}
