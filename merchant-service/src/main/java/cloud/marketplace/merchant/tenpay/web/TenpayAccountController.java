package cloud.marketplace.merchant.tenpay.web;

import cloud.marketplace.merchant.document.DocumentKind;
import cloud.marketplace.merchant.tenpay.BankAccount;
import cloud.marketplace.merchant.tenpay.TenpayAccount;
import cloud.marketplace.merchant.tenpay.TenpayAccounts;
import cloud.marketplace.merchant.tenpay.TenpayForm;
import cloud.marketplace.merchant.web.FormBodies;
import cloud.marketplace.merchant.web.FormBodies.LegalRepresentativeBody;
import cloud.marketplace.merchant.web.FormBodies.SuperAdminBody;
import cloud.marketplace.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
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
@RequestMapping("/api/merchants/tenpay-accounts")
@PreAuthorize("hasRole('PROVIDER')")
@Tag(name = "Tenpay merchant", description = "The provider's Tenpay enterprise account (财付通商户号, 商企付)")
class TenpayAccountController {

    private final TenpayAccounts accounts;

    TenpayAccountController(TenpayAccounts accounts) {
        this.accounts = accounts;
    }

    @PostMapping
    @Operation(summary = "Start the registration: a draft pre-filled from the WeChat Pay application and with the approved "
            + "company's licence (409 if not approved or one exists). Accepts Idempotency-Key.")
    ResponseEntity<TenpayAccountView> start(Caller caller) {
        TenpayAccount draft = accounts.start(caller.providerId());
        return ResponseEntity.created(URI.create("/api/merchants/tenpay-accounts/" + draft.id()))
                .body(TenpayAccountView.of(draft, accounts.documents(draft.id())));
    }

    @GetMapping("/{id}")
    @Operation(summary = "The account: status, the QR links to confirm and to sign, the micro-deposit tries left; numbers masked. "
            + "The micro-deposit amount is never shown: it is on the bank statement only")
    TenpayAccountView get(Caller caller, @PathVariable String id) {
        return TenpayAccountView.of(accounts.get(caller.providerId(), id), accounts.documents(id));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Fill in the registration (DRAFT or REJECTED): super administrator and legal representative")
    TenpayAccountView edit(Caller caller, @PathVariable String id, @Valid @RequestBody TenpayFormBody body) {
        return TenpayAccountView.of(accounts.edit(caller.providerId(), id, body.toForm()), accounts.documents(id));
    }

    @PutMapping(path = "/{id}/documents/{kind}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload ID_CARD_FRONT, ID_CARD_BACK or BUSINESS_LICENSE (part 'file'): JPEG or PNG by content, at most "
            + "400 KB; all three must be uploaded on the same day")
    FormBodies.DocumentBody upload(Caller caller, @PathVariable String id, @PathVariable DocumentKind kind,
                                   @RequestPart("file") MultipartFile file) throws IOException {
        return FormBodies.DocumentBody.of(accounts.attach(caller.providerId(), id, kind, file.getBytes()));
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "Register with Tenpay: 422 listing every unmet rule or naming the fields that differ from the WeChat Pay "
            + "application; then SUBMITTED (the super administrator confirms by QR)")
    TenpayAccountView submit(Caller caller, @PathVariable String id) {
        return TenpayAccountView.of(accounts.submit(caller.providerId(), id), accounts.documents(id));
    }

    @PutMapping("/{id}/bank-account")
    @Operation(summary = "The corporate bank account. In ACTIVATION, or after three wrong amounts, it goes to Tenpay, which pays a "
            + "new random amount into it; earlier it is kept for that step")
    TenpayAccountView bankAccount(Caller caller, @PathVariable String id, @Valid @RequestBody BankAccountBody body) {
        return TenpayAccountView.of(accounts.setBankAccount(caller.providerId(), id, body.toAccount()), accounts.documents(id));
    }

    @PostMapping("/{id}/amount-verification")
    @Operation(summary = "The amount Tenpay paid into the corporate account, in fen: 422 with the tries left when wrong; after "
            + "three wrong amounts 409, locked until the bank account is sent again")
    TenpayAccountView verifyAmount(Caller caller, @PathVariable String id, @Valid @RequestBody AmountBody body) {
        return TenpayAccountView.of(accounts.verifyAmount(caller.providerId(), id, body.amountFen()), accounts.documents(id));
    }

    record TenpayFormBody(@Valid SuperAdminBody superAdmin, @Valid LegalRepresentativeBody legalRepresentative) {
        TenpayForm toForm() {
            return new TenpayForm(superAdmin == null ? null : superAdmin.toForm(),
                    legalRepresentative == null ? null : legalRepresentative.toForm());
        }
    }

    record BankAccountBody(@Size(max = 16) String accountType, @Size(max = 128) String bankName, @Size(max = 64) String branchCity,
                           @Size(max = 128) String branchName, @Size(max = 40) String accountNumber,
                           Boolean controllingPersonIsLegalRepresentative) {
        BankAccount toAccount() {
            return new BankAccount(FormBodies.strip(accountType), FormBodies.strip(bankName), FormBodies.strip(branchCity),
                    FormBodies.strip(branchName), FormBodies.strip(accountNumber), controllingPersonIsLegalRepresentative);
        }
    }

    record AmountBody(@NotNull @Positive @Max(100_000) Long amountFen) {
    }
}
