package cloud.marketplace.merchant.tenpay;

import cloud.marketplace.merchant.form.LegalRepresentative;
import cloud.marketplace.merchant.form.SuperAdmin;

/** What the provider fills in to register the Tenpay enterprise account (the company comes from onboarding). */
public record TenpayForm(SuperAdmin superAdmin, LegalRepresentative legalRepresentative) {

    public static final TenpayForm EMPTY = new TenpayForm(null, null);
}
