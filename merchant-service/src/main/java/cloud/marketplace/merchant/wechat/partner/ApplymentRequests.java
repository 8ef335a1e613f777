package cloud.marketplace.merchant.wechat.partner;

import cloud.marketplace.merchant.document.DocumentKind;
import cloud.marketplace.merchant.form.LegalRepresentative;
import cloud.marketplace.merchant.form.OrganizationCode;
import cloud.marketplace.merchant.form.SuperAdmin;
import cloud.marketplace.merchant.form.SuperAdminType;
import cloud.marketplace.merchant.wechat.SettlementAccount;
import cloud.marketplace.merchant.wechat.WechatSubmission;
import com.github.binarywang.wxpay.bean.ecommerce.ApplymentsRequest;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * Builds the body of {@code POST /v3/ecommerce/applyments/} from a submission. A new request
 * object for every attempt: WxJava encrypts the sensitive fields in place.
 */
final class ApplymentRequests {

    /** 主体类型 2: enterprise. */
    static final String ENTERPRISE = "2";
    static final String MAINLAND_ID_CARD = "IDENTIFICATION_TYPE_MAINLAND_IDCARD";
    /** 账户类型 74: corporate account (对公). */
    static final String CORPORATE_ACCOUNT = "74";
    /** 超级管理员类型: 65 legal representative (经营者/法人), 66 responsible person (负责人). */
    static final String CONTACT_LEGAL = "65";
    static final String CONTACT_RESPONSIBLE = "66";

    static ApplymentsRequest of(WechatSubmission submission, String storeUrl) {
        LegalRepresentative legal = submission.form().legalRepresentative();
        SuperAdmin admin = submission.form().superAdmin();
        SettlementAccount account = submission.form().settlementAccount();

        ApplymentsRequest request = new ApplymentsRequest();
        request.setOutRequestNo(submission.businessCode());
        request.setOrganizationType(ENTERPRISE);

        ApplymentsRequest.BusinessLicenseInfo licence = new ApplymentsRequest.BusinessLicenseInfo();
        licence.setBusinessLicenseCopy(submission.mediaIds().get(DocumentKind.BUSINESS_LICENSE));
        licence.setBusinessLicenseNumber(submission.company().businessLicenseNumber());
        licence.setMerchantName(submission.company().name());
        licence.setLegalPerson(legal.name());
        request.setBusinessLicenseInfo(licence);

        request.setIdDocType(MAINLAND_ID_CARD);
        ApplymentsRequest.IdCardInfo idCard = new ApplymentsRequest.IdCardInfo();
        idCard.setIdCardCopy(submission.mediaIds().get(DocumentKind.ID_CARD_FRONT));
        idCard.setIdCardNational(submission.mediaIds().get(DocumentKind.ID_CARD_BACK));
        idCard.setIdCardName(legal.name());
        idCard.setIdCardNumber(legal.idNumber());
        idCard.setIdCardValidTimeBegin(legal.validFrom());
        idCard.setIdCardValidTime(legal.validUntil());
        request.setIdCardInfo(idCard);

        ApplymentsRequest.AccountInfo accountInfo = new ApplymentsRequest.AccountInfo();
        accountInfo.setBankAccountType(CORPORATE_ACCOUNT);
        accountInfo.setAccountBank(account.bankName());
        accountInfo.setAccountName(account.accountName());
        accountInfo.setBankAddressCode(account.bankAddressCode());
        accountInfo.setAccountNumber(account.accountNumber());
        request.setAccountInfo(accountInfo);

        ApplymentsRequest.ContactInfo contact = new ApplymentsRequest.ContactInfo();
        contact.setContactType(admin.type() == SuperAdminType.LEGAL_REPRESENTATIVE ? CONTACT_LEGAL : CONTACT_RESPONSIBLE);
        contact.setContactName(admin.name());
        contact.setContactIdCardNumber(admin.idNumber());
        contact.setMobilePhone(admin.mobile());
        contact.setContactEmail(admin.email());
        request.setContactInfo(contact);

        ApplymentsRequest.SalesSceneInfo scene = new ApplymentsRequest.SalesSceneInfo();
        scene.setStoreName(submission.company().name());
        scene.setStoreUrl(storeUrl + submission.providerId());
        request.setSalesSceneInfo(scene);
        request.setMerchantShortname(shortName(submission.company().name()));
        return request;
    }

    /**
     * {@code organization_cert_info}, which WxJava's bean lacks: added to the JSON after
     * encryption (it holds no sensitive field). Null when the licence number is the unified code.
     */
    static JsonObject organizationCertificate(WechatSubmission submission) {
        OrganizationCode code = submission.form().organizationCode();
        if (!submission.company().needsOrganizationCode() || code == null) {
            return null;
        }
        JsonObject certificate = new JsonObject();
        certificate.addProperty("organization_copy", submission.mediaIds().get(DocumentKind.ORG_CODE_CERT));
        certificate.addProperty("organization_number", code.code());
        JsonArray time = new JsonArray();
        time.add(code.validFrom());
        time.add(code.validUntil());
        certificate.addProperty("organization_time", time.toString());
        return certificate;
    }

    /** 商户简称: at most 64 bytes of UTF-8 (21 Chinese characters). */
    static String shortName(String companyName) {
        return companyName.length() <= 21 ? companyName : companyName.substring(0, 21);
    }

    private ApplymentRequests() {
    }
}
