package cloud.marketplace.merchant.wechat;

import cloud.marketplace.merchant.form.LegalRepresentative;
import cloud.marketplace.merchant.form.OrganizationCode;
import cloud.marketplace.merchant.form.SuperAdmin;

/** What the provider fills in for WeChat Pay (the company itself comes from onboarding). */
public record WechatForm(SuperAdmin superAdmin, LegalRepresentative legalRepresentative, OrganizationCode organizationCode,
                         SettlementAccount settlementAccount) {

    public static final WechatForm EMPTY = new WechatForm(null, null, null, null);
}
