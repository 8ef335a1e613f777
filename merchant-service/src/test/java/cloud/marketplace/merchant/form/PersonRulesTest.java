package cloud.marketplace.merchant.form;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.marketplace.merchant.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class PersonRulesTest {

    @Test
    void aCompleteValidFormHasNoViolation() {
        assertThat(PersonRules.superAdmin(Fixtures.superAdmin(), Fixtures.legalRepresentative(), Fixtures.TODAY)).isEmpty();
        assertThat(PersonRules.legalRepresentative(Fixtures.legalRepresentative(), Fixtures.company(), Fixtures.TODAY)).isEmpty();
    }

    @Test
    void organizationCodeIsRequiredExactlyWhenTheLicenceNumberIsNotEighteenCharacters() {
        Company seventeen = new Company(Fixtures.COMPANY, "91440300715267262", Fixtures.LEGAL_NAME);
        Company eighteen = Fixtures.company();

        assertThat(PersonRules.organizationCode(null, seventeen, Fixtures.TODAY)).extracting(Violation::field, Violation::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("organizationCode", Violation.REQUIRED));
        assertThat(PersonRules.organizationCode(Fixtures.organizationCode(), seventeen, Fixtures.TODAY)).isEmpty();
        assertThat(PersonRules.organizationCode(null, eighteen, Fixtures.TODAY)).isEmpty();
        assertThat(PersonRules.organizationCode(Fixtures.organizationCode(), eighteen, Fixtures.TODAY))
                .extracting(Violation::code).containsExactly(PersonRules.NOT_APPLICABLE);
    }

    @Test
    void organizationCodeNeedsItsCheckCharacterAndMoreThanSixtyDaysOfValidity() {
        OrganizationCode code = new OrganizationCode("71526726-1", "2015-01-01", Fixtures.TODAY.plusDays(60).toString());
        assertThat(PersonRules.organizationCode(code, Fixtures.companyWithOldLicence(), Fixtures.TODAY))
                .extracting(Violation::field, Violation::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("organizationCode.code", Violation.INVALID_CHECK_CHARACTER),
                        org.assertj.core.groups.Tuple.tuple("organizationCode.validUntil", ValidityPeriod.EXPIRES_TOO_SOON));
    }

    @Test
    void everyFailingFieldOfTheSuperAdministratorIsReportedAtOnce() {
        SuperAdmin admin = new SuperAdmin(null, "李", "110105194912310021", "23800138000", "not-an-email");
        List<Violation> violations = PersonRules.superAdmin(admin, Fixtures.legalRepresentative(), Fixtures.TODAY);
        assertThat(violations).extracting(Violation::field).containsExactly("superAdmin.type", "superAdmin.name",
                "superAdmin.idNumber", "superAdmin.mobile", "superAdmin.email");
    }

    @Test
    void aLegalRepresentativeSuperAdministratorIsTheLegalRepresentative() {
        SuperAdmin someoneElse = new SuperAdmin(SuperAdminType.LEGAL_REPRESENTATIVE, "李四", Fixtures.OTHER_ID_NUMBER,
                "13800138000", "a@b.cn");
        assertThat(PersonRules.superAdmin(someoneElse, Fixtures.legalRepresentative(), Fixtures.TODAY))
                .extracting(Violation::field).containsExactly("superAdmin.name", "superAdmin.idNumber");

        SuperAdmin responsible = new SuperAdmin(SuperAdminType.RESPONSIBLE_PERSON, "李四", Fixtures.OTHER_ID_NUMBER,
                "13800138000", "a@b.cn");
        assertThat(PersonRules.superAdmin(responsible, Fixtures.legalRepresentative(), Fixtures.TODAY)).isEmpty();
    }

    @Test
    void theLegalRepresentativeMustBeTheCompanysVerifiedOneWithAValidIdCard() {
        LegalRepresentative legal = new LegalRepresentative("PASSPORT", "王五", "11010519491231002X", "2020-01-01",
                Fixtures.TODAY.plusDays(60).toString());
        assertThat(PersonRules.legalRepresentative(legal, Fixtures.company(), Fixtures.TODAY))
                .extracting(Violation::field, Violation::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("legalRepresentative.idType", Violation.INVALID_FORMAT),
                        org.assertj.core.groups.Tuple.tuple("legalRepresentative.name", PersonRules.NOT_THE_COMPANYS_LEGAL_REPRESENTATIVE),
                        org.assertj.core.groups.Tuple.tuple("legalRepresentative.validUntil", ValidityPeriod.EXPIRES_TOO_SOON));
    }

    @Test
    void aDraftWithNothingFilledHasOnlyMissingValues() {
        List<Violation> violations = PersonRules.superAdmin(new SuperAdmin(null, null, null, null, null), null, Fixtures.TODAY);
        assertThat(violations).isNotEmpty().allMatch(Violation::isMissingValue);
    }
}
