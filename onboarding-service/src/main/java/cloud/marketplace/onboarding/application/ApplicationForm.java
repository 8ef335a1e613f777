package cloud.marketplace.onboarding.application;

import java.time.LocalDate;
import java.util.List;

/**
 * What the provider fills in. A draft may be incomplete; what is missing is named at submit
 * together with every unmet entry condition.
 */
public record ApplicationForm(List<AcceptedAgreement> agreements, String businessLicenseNumber, LocalDate establishedOn,
                              Long registeredCapitalFen, Integer technicalStaff, Integer supportStaff,
                              SupportSchedule supportSchedule, List<Long> categoryIds, Contact contact) {

    public ApplicationForm {
        agreements = agreements == null ? List.of() : List.copyOf(agreements);
        categoryIds = categoryIds == null ? List.of() : List.copyOf(categoryIds);
    }

    static ApplicationForm empty() {
        return new ApplicationForm(List.of(), null, null, null, null, null, null, List.of(), null);
    }
}
