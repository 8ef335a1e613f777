package cloud.marketplace.onboarding.application.web;

import cloud.marketplace.onboarding.application.LicenseContent;
import java.util.Base64;
import java.util.HexFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The licence e-copy as an HTTP answer: its bytes, type, and SHA-256 (ETag and RFC 9530 Repr-Digest). */
final class LicenseResponses {

    static ResponseEntity<byte[]> of(LicenseContent license) {
        String digest = Base64.getEncoder().encodeToString(HexFormat.of().parseHex(license.sha256()));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(license.mediaType()))
                .eTag("\"" + license.sha256() + "\"")
                .header("Repr-Digest", "sha-256=:" + digest + ":")
                .cacheControl(CacheControl.noStore())
                .body(license.bytes());
    }

    private LicenseResponses() {
    }
}
