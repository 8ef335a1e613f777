package cloud.marketplace.merchant.web;

import cloud.marketplace.merchant.document.DocumentInfo;
import cloud.marketplace.merchant.form.LegalRepresentative;
import cloud.marketplace.merchant.form.SuperAdmin;
import cloud.marketplace.merchant.form.SuperAdminType;
import cloud.marketplace.platform.sensitive.Masking;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** The JSON parts both channels' forms share; numbers go out masked. */
public final class FormBodies {

    public record SuperAdminBody(SuperAdminType type, @Size(max = 64) String name, @Size(max = 32) String idNumber,
                                 @Size(max = 32) String mobile, @Size(max = 128) String email) {

        public SuperAdmin toForm() {
            return new SuperAdmin(type, strip(name), strip(idNumber), strip(mobile), strip(email));
        }

        public static SuperAdminBody masked(SuperAdmin admin) {
            return admin == null ? null : new SuperAdminBody(admin.type(), admin.name(), Masking.mask(admin.idNumber()),
                    Masking.maskMobile(admin.mobile()), admin.email());
        }
    }

    public record LegalRepresentativeBody(@Size(max = 32) String idType, @Size(max = 64) String name,
                                          @Size(max = 32) String idNumber, @Size(max = 16) String validFrom,
                                          @Size(max = 16) String validUntil) {

        public LegalRepresentative toForm() {
            return new LegalRepresentative(strip(idType), strip(name), strip(idNumber), strip(validFrom), strip(validUntil));
        }

        public static LegalRepresentativeBody masked(LegalRepresentative legal) {
            return legal == null ? null : new LegalRepresentativeBody(legal.idType(), legal.name(), Masking.mask(legal.idNumber()),
                    legal.validFrom(), legal.validUntil());
        }
    }

    public record DocumentBody(String kind, String mediaType, String sha256, int size, Instant uploadedAt) {
        public static DocumentBody of(DocumentInfo info) {
            return new DocumentBody(info.kind().name(), info.mediaType(), info.sha256(), info.size(), info.uploadedAt());
        }
    }

    public record CompanyBody(String name, String businessLicenseNumber) {
    }

    public static String strip(String value) {
        return value == null ? null : value.strip();
    }

    private FormBodies() {
    }
}
