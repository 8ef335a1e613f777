package cloud.marketplace.merchant.wechat.web;

import cloud.marketplace.merchant.document.DocumentKind;
import cloud.marketplace.merchant.form.OrganizationCode;
import cloud.marketplace.merchant.web.FormBodies;
import cloud.marketplace.merchant.web.FormBodies.LegalRepresentativeBody;
import cloud.marketplace.merchant.web.FormBodies.SuperAdminBody;
import cloud.marketplace.merchant.wechat.SettlementAccount;
import cloud.marketplace.merchant.wechat.WechatApplication;
import cloud.marketplace.merchant.wechat.WechatApplications;
import cloud.marketplace.merchant.wechat.WechatForm;
import cloud.marketplace.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/merchants/wechat-applications")
@PreAuthorize("hasRole('PROVIDER')")
@Tag(name = "WeChat Pay merchant", description = "The provider's WeChat Pay merchant application (微信商户号)")
class WechatApplicationController {

    private final WechatApplications applications;

    WechatApplicationController(WechatApplications applications) {
        this.applications = applications;
    }

    @PostMapping
    @Operation(summary = "Start the application: a draft pre-filled with the approved company, its licence and the Tenpay form's "
            + "people (409 if the provider is not approved or already has one). Accepts Idempotency-Key.")
    ResponseEntity<WechatApplicationView> start(Caller caller) {
        WechatApplication draft = applications.start(caller.providerId());
        return ResponseEntity.created(URI.create("/api/merchants/wechat-applications/" + draft.id()))
                .body(WechatApplicationView.of(draft, applications.documents(draft.id())));
    }

    @GetMapping("/{id}")
    @Operation(summary = "The application: status, the remittance to make in ACCOUNT_VERIFICATION, the signing link in SIGNING, "
            + "rejection reasons; numbers masked")
    WechatApplicationView get(Caller caller, @PathVariable String id) {
        return WechatApplicationView.of(applications.get(caller.providerId(), id), applications.documents(id));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Fill in the form (DRAFT or REJECTED). Values present must be valid (400 lists every invalid one); "
            + "a masked number sent back unchanged keeps the stored one")
    WechatApplicationView edit(Caller caller, @PathVariable String id, @Valid @RequestBody WechatFormBody body) {
        WechatApplication application = applications.edit(caller.providerId(), id, body.toForm());
        return WechatApplicationView.of(application, applications.documents(id));
    }

    @PutMapping(path = "/{id}/documents/{kind}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload ID_CARD_FRONT, ID_CARD_BACK or ORG_CODE_CERT (part 'file'): JPEG or PNG by content, at most 400 KB")
    FormBodies.DocumentBody upload(Caller caller, @PathVariable String id, @PathVariable DocumentKind kind,
                                   @RequestPart("file") MultipartFile file) throws IOException {
        return FormBodies.DocumentBody.of(applications.attach(caller.providerId(), id, kind, file.getBytes()));
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "Submit to WeChat Pay: 422 listing every unmet rule or naming the fields that differ from the Tenpay "
            + "account; 503 (Retry-After) if WeChat Pay did not answer; then SUBMITTED")
    WechatApplicationView submit(Caller caller, @PathVariable String id) {
        WechatApplication application = applications.submit(caller.providerId(), id);
        return WechatApplicationView.of(application, applications.documents(id));
    }

    record WechatFormBody(@Valid SuperAdminBody superAdmin, @Valid LegalRepresentativeBody legalRepresentative,
                          @Valid OrganizationCodeBody organizationCode, @Valid SettlementAccountBody settlementAccount) {
        WechatForm toForm() {
            return new WechatForm(superAdmin == null ? null : superAdmin.toForm(),
                    legalRepresentative == null ? null : legalRepresentative.toForm(),
                    organizationCode == null ? null : organizationCode.toForm(),
                    settlementAccount == null ? null : settlementAccount.toForm());
        }
    }

    record OrganizationCodeBody(@Size(max = 16) String code, @Size(max = 16) String validFrom, @Size(max = 16) String validUntil) {
        OrganizationCode toForm() {
            return new OrganizationCode(FormBodies.strip(code), FormBodies.strip(validFrom), FormBodies.strip(validUntil));
        }
    }

    record SettlementAccountBody(@Size(max = 128) String bankName, @Size(max = 256) String accountName,
                                 @Size(max = 40) String accountNumber, @Size(max = 6) String bankAddressCode) {
        SettlementAccount toForm() {
            return new SettlementAccount(FormBodies.strip(bankName), FormBodies.strip(accountName), FormBodies.strip(accountNumber),
                    FormBodies.strip(bankAddressCode));
        }
    }
}
