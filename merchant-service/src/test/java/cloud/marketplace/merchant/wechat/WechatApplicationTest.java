package cloud.marketplace.merchant.wechat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cloud.marketplace.contracts.events.FieldReason;
import cloud.marketplace.contracts.events.IntegrationEvent;
import cloud.marketplace.contracts.events.MerchantActivated;
import cloud.marketplace.contracts.events.MerchantApplicationRejected;
import cloud.marketplace.contracts.events.MerchantApplicationSubmitted;
import cloud.marketplace.contracts.events.MerchantVerificationKind;
import cloud.marketplace.contracts.events.MerchantVerificationRequired;
import cloud.marketplace.merchant.Fixtures;
import cloud.marketplace.merchant.document.DocumentInfo;
import cloud.marketplace.merchant.document.DocumentKind;
import cloud.marketplace.merchant.form.Violation;
import cloud.marketplace.platform.web.ProblemException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class WechatApplicationTest {

    private static final Instant NOW = Fixtures.NOW;
    private static final AccountVerification REMITTANCE = new AccountVerification(53, Fixtures.COMPANY, Fixtures.BANK_ACCOUNT,
            "财付通支付科技有限公司", "7551234567890", "招商银行深圳分行", "深圳", "入驻账户验证", Instant.parse("2025-06-04T02:00:00Z"));

    @Test
    void walksFromDraftToActiveWithAnEventAtEveryStepTheProviderMustKnow() {
        WechatApplication application = filledDraft();

        IntegrationEvent submitted = application.submitted("2000002124775691", NOW);
        assertThat(submitted).isInstanceOf(MerchantApplicationSubmitted.class);
        assertThat(application.status()).isEqualTo(WechatApplicationStatus.SUBMITTED);

        assertThat(application.partnerReported(status(PartnerState.AUDITING, null, null, null), NOW)).isEmpty();

        List<IntegrationEvent> remit = application.partnerReported(status(PartnerState.ACCOUNT_NEED_VERIFY, REMITTANCE, null, null), NOW);
        assertThat(application.status()).isEqualTo(WechatApplicationStatus.ACCOUNT_VERIFICATION);
        assertThat(application.accountVerification()).isEqualTo(REMITTANCE);
        assertThat(remit).singleElement().isInstanceOfSatisfying(MerchantVerificationRequired.class, event -> {
            assertThat(event.kind()).isEqualTo(MerchantVerificationKind.REMITTANCE);
            assertThat(event.deadline()).isEqualTo(REMITTANCE.deadline());
        });
        assertThat(application.partnerReported(status(PartnerState.ACCOUNT_NEED_VERIFY, REMITTANCE, null, null), NOW))
                .as("the same answer again changes nothing").isEmpty();

        List<IntegrationEvent> sign = application.partnerReported(status(PartnerState.NEED_SIGN, null, "https://pay.weixin.qq.com/sign/1", null), NOW);
        assertThat(application.status()).isEqualTo(WechatApplicationStatus.SIGNING);
        assertThat(application.signUrl()).isEqualTo("https://pay.weixin.qq.com/sign/1");
        assertThat(application.accountVerification()).as("shown only while a remittance is awaited").isNull();
        assertThat(sign).singleElement().isInstanceOfSatisfying(MerchantVerificationRequired.class,
                event -> assertThat(event.kind()).isEqualTo(MerchantVerificationKind.SIGNING));

        List<IntegrationEvent> active = application.partnerReported(status(PartnerState.FINISH, null, null, "1900009231"), NOW);
        assertThat(application.status()).isEqualTo(WechatApplicationStatus.ACTIVE);
        assertThat(application.merchantId()).isEqualTo("1900009231");
        assertThat(active).singleElement().isInstanceOfSatisfying(MerchantActivated.class,
                event -> assertThat(event.merchantId()).isEqualTo("1900009231"));
        assertThat(application.partnerReported(status(PartnerState.FINISH, null, null, "1900009231"), NOW)).isEmpty();
    }

    @Test
    void aRejectionCarriesThePartnersReasonsAndTheApplicationCanBeEditedAndResubmittedWithTheSameBusinessCode() {
        WechatApplication application = filledDraft();
        String businessCode = application.businessCode();
        application.submitted("2000002124775691", NOW);

        List<FieldReason> reasons = List.of(new FieldReason("id_card_info.id_card_copy", "身份证照片不清晰"));
        List<IntegrationEvent> events = application.partnerReported(new ApplymentStatus(PartnerState.REJECTED, "已驳回", null, null,
                null, reasons), NOW);
        assertThat(application.status()).isEqualTo(WechatApplicationStatus.REJECTED);
        assertThat(application.rejections()).isEqualTo(reasons);
        assertThat(events).singleElement().isInstanceOfSatisfying(MerchantApplicationRejected.class,
                event -> assertThat(event.reasons()).isEqualTo(reasons));

        application.edit(application.form());
        application.submitted("2000002124775691", NOW);
        assertThat(application.status()).isEqualTo(WechatApplicationStatus.SUBMITTED);
        assertThat(application.businessCode()).isEqualTo(businessCode);
        assertThat(application.rejections()).isEmpty();
    }

    @Test
    void aRejectionWithoutPerFieldReasonsStillSaysWhy() {
        WechatApplication application = filledDraft();
        application.submitted("1", NOW);
        application.partnerReported(new ApplymentStatus(PartnerState.REJECTED, "主体信息不符", null, null, null, List.of()), NOW);
        assertThat(application.rejections()).containsExactly(new FieldReason("application", "主体信息不符"));
    }

    @Test
    void aSubmittedApplicationCannotBeEditedOrSubmittedAgain() {
        WechatApplication application = filledDraft();
        application.submitted("1", NOW);
        assertThatThrownBy(() -> application.edit(WechatForm.EMPTY)).isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).status()).isEqualTo(409));
        assertThatThrownBy(() -> application.submitted("2", NOW)).isInstanceOf(ProblemException.class);
    }

    @Test
    void aDraftIsNotChangedByAStrayPartnerAnswer() {
        WechatApplication application = filledDraft();
        assertThat(application.partnerReported(status(PartnerState.FINISH, null, null, "1"), NOW)).isEmpty();
        assertThat(application.status()).isEqualTo(WechatApplicationStatus.DRAFT);
    }

    @Test
    void frozenAndCanceledFollowThePartnerWithoutEvents() {
        WechatApplication application = filledDraft();
        application.submitted("1", NOW);
        assertThat(application.partnerReported(status(PartnerState.FROZEN, null, null, null), NOW)).isEmpty();
        assertThat(application.status()).isEqualTo(WechatApplicationStatus.FROZEN);
        assertThat(application.partnerReported(status(PartnerState.CANCELED, null, null, null), NOW)).isEmpty();
        assertThat(application.status()).isEqualTo(WechatApplicationStatus.CANCELED);
    }

    @Test
    void theFormRulesNeedTheOrganizationCodeCertificateOnlyForAnOldLicence() {
        WechatApplication modern = filledDraft();
        assertThat(modern.violations(documents(DocumentKind.BUSINESS_LICENSE, DocumentKind.ID_CARD_FRONT, DocumentKind.ID_CARD_BACK),
                Fixtures.TODAY)).isEmpty();

        WechatApplication old = WechatApplication.draft("a-2", "p-1", Fixtures.companyWithOldLicence(), filledDraft().form(), NOW);
        assertThat(old.violations(documents(DocumentKind.BUSINESS_LICENSE, DocumentKind.ID_CARD_FRONT, DocumentKind.ID_CARD_BACK),
                Fixtures.TODAY)).extracting(Violation::field).containsExactly("organizationCode", "documents.ORG_CODE_CERT");

        WechatApplication oldComplete = WechatApplication.draft("a-3", "p-1", Fixtures.companyWithOldLicence(), form(), NOW);
        assertThat(oldComplete.violations(documents(DocumentKind.BUSINESS_LICENSE, DocumentKind.ID_CARD_FRONT,
                DocumentKind.ID_CARD_BACK, DocumentKind.ORG_CODE_CERT), Fixtures.TODAY)).isEmpty();
    }

    @Test
    void theSettlementAccountIsTheCompanysCorporateAccount() {
        WechatApplication application = WechatApplication.draft("a-3", "p-1", Fixtures.company(), new WechatForm(Fixtures.superAdmin(),
                Fixtures.legalRepresentative(), null, new SettlementAccount("招商银行", "张三", "12ab", "4403")), NOW);
        assertThat(application.violations(documents(DocumentKind.BUSINESS_LICENSE, DocumentKind.ID_CARD_FRONT,
                DocumentKind.ID_CARD_BACK), Fixtures.TODAY)).extracting(Violation::field)
                .containsExactly("settlementAccount.accountName", "settlementAccount.accountNumber", "settlementAccount.bankAddressCode");
    }

    static WechatForm form() {
        return new WechatForm(Fixtures.superAdmin(), Fixtures.legalRepresentative(), Fixtures.organizationCode(),
                new SettlementAccount("招商银行", Fixtures.COMPANY, Fixtures.BANK_ACCOUNT, "440300"));
    }

    private static WechatApplication filledDraft() {
        WechatForm form = new WechatForm(Fixtures.superAdmin(), Fixtures.legalRepresentative(), null,
                new SettlementAccount("招商银行", Fixtures.COMPANY, Fixtures.BANK_ACCOUNT, "440300"));
        return WechatApplication.draft("a-1", "p-1", Fixtures.company(), form, NOW);
    }

    private static List<DocumentInfo> documents(DocumentKind... kinds) {
        return java.util.Arrays.stream(kinds).map(kind -> new DocumentInfo(kind, "image/jpeg", "0".repeat(64), 1000, NOW)).toList();
    }

    private static ApplymentStatus status(PartnerState state, AccountVerification verification, String signUrl, String merchantId) {
        return new ApplymentStatus(state, null, merchantId, verification, signUrl, List.of());
    }
}
