package cloud.marketplace.merchant.wechat;

import cloud.marketplace.merchant.document.DocumentKind;
import cloud.marketplace.merchant.form.Company;
import java.util.Map;

/** Everything an applyment carries: our business code (its {@code out_request_no}), the form, and the uploaded images' media ids. */
public record WechatSubmission(String businessCode, String providerId, Company company, WechatForm form,
                               Map<DocumentKind, String> mediaIds) {
}
