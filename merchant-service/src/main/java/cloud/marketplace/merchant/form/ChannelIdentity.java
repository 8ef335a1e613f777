package cloud.marketplace.merchant.form;

import cloud.marketplace.contracts.events.MerchantChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * What must be the same on both channels when a provider opens both: the company, the super
 * administrator and the legal representative.
 */
public record ChannelIdentity(MerchantChannel channel, String companyName, String businessLicenseNumber,
                              SuperAdmin superAdmin, LegalRepresentative legalRepresentative) {

    public static final String CHANNEL_DATA_MISMATCH = "CHANNEL_DATA_MISMATCH";

    /** The fields whose values differ between this form and the other channel's; unset values are not compared. */
    public List<String> mismatchedFields(ChannelIdentity other) {
        List<String> fields = new ArrayList<>();
        compare("companyName", ChannelIdentity::companyName, other, fields);
        compare("businessLicenseNumber", ChannelIdentity::businessLicenseNumber, other, fields);
        compare("superAdmin.type", i -> i.superAdmin() == null ? null : i.superAdmin().type(), other, fields);
        compare("superAdmin.name", i -> i.superAdmin() == null ? null : i.superAdmin().name(), other, fields);
        compare("superAdmin.idNumber", i -> i.superAdmin() == null ? null : i.superAdmin().idNumber(), other, fields);
        compare("superAdmin.mobile", i -> i.superAdmin() == null ? null : i.superAdmin().mobile(), other, fields);
        compare("superAdmin.email", i -> i.superAdmin() == null ? null : i.superAdmin().email(), other, fields);
        compare("legalRepresentative.idType", i -> i.legal() == null ? null : i.legal().idType(), other, fields);
        compare("legalRepresentative.name", i -> i.legal() == null ? null : i.legal().name(), other, fields);
        compare("legalRepresentative.idNumber", i -> i.legal() == null ? null : i.legal().idNumber(), other, fields);
        compare("legalRepresentative.validFrom", i -> i.legal() == null ? null : i.legal().validFrom(), other, fields);
        compare("legalRepresentative.validUntil", i -> i.legal() == null ? null : i.legal().validUntil(), other, fields);
        return fields;
    }

    public List<Violation> mismatches(ChannelIdentity other) {
        return mismatchedFields(other).stream().map(field -> new Violation(CHANNEL_DATA_MISMATCH, field,
                "differs from the " + other.channel() + " application: both merchant accounts must carry the same data")).toList();
    }

    private LegalRepresentative legal() {
        return legalRepresentative;
    }

    private void compare(String field, Function<ChannelIdentity, Object> value, ChannelIdentity other, List<String> fields) {
        Object mine = value.apply(this);
        Object theirs = value.apply(other);
        if (mine != null && theirs != null && !Objects.equals(mine, theirs)) {
            fields.add(field);
        }
    }
}
