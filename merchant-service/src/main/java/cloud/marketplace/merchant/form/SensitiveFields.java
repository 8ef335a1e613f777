package cloud.marketplace.merchant.form;

import cloud.marketplace.platform.sensitive.FieldCipher;
import org.springframework.stereotype.Component;

/** Seals the numbers of a form before they are stored (ID, mobile, bank account) and opens them when read. */
@Component
public class SensitiveFields {

    private final FieldCipher cipher;

    SensitiveFields(FieldCipher cipher) {
        this.cipher = cipher;
    }

    public String seal(String plain) {
        return cipher.encrypt(plain);
    }

    public String open(String sealed) {
        return cipher.decrypt(sealed);
    }

    public SuperAdmin seal(SuperAdmin admin) {
        return admin == null ? null
                : new SuperAdmin(admin.type(), admin.name(), seal(admin.idNumber()), seal(admin.mobile()), admin.email());
    }

    public SuperAdmin open(SuperAdmin admin) {
        return admin == null ? null
                : new SuperAdmin(admin.type(), admin.name(), open(admin.idNumber()), open(admin.mobile()), admin.email());
    }

    public LegalRepresentative seal(LegalRepresentative legal) {
        return legal == null ? null : new LegalRepresentative(legal.idType(), legal.name(), seal(legal.idNumber()),
                legal.validFrom(), legal.validUntil());
    }

    public LegalRepresentative open(LegalRepresentative legal) {
        return legal == null ? null : new LegalRepresentative(legal.idType(), legal.name(), open(legal.idNumber()),
                legal.validFrom(), legal.validUntil());
    }
}
