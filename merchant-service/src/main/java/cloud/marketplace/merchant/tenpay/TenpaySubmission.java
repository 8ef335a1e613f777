package cloud.marketplace.merchant.tenpay;

import cloud.marketplace.merchant.document.DocumentKind;
import cloud.marketplace.merchant.form.Company;
import java.util.Map;

/** Everything a registration carries: our business code ({@code out_request_no}), the form, the images' media ids. */
public record TenpaySubmission(String businessCode, Company company, TenpayForm form, Map<DocumentKind, String> mediaIds) {
}
