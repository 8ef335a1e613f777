package cloud.marketplace.onboarding.application.web;

import cloud.marketplace.onboarding.application.AcceptedAgreement;
import cloud.marketplace.onboarding.application.Application;
import cloud.marketplace.onboarding.application.ApplicationForm;
import cloud.marketplace.onboarding.application.ApplicationService;
import cloud.marketplace.onboarding.application.BusinessLicenseNumber;
import cloud.marketplace.onboarding.application.Contact;
import cloud.marketplace.onboarding.application.LicenseContent;
import cloud.marketplace.onboarding.application.SupportSchedule;
import cloud.marketplace.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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
@RequestMapping("/api/onboarding/applications")
@Tag(name = "Applications", description = "The provider's application (申请入驻): start, fill, attach the licence, submit")
class ApplicationController {

    static final String MOBILE = "1[3-9][0-9]{9}";

    private final ApplicationService applications;
    private final Clock clock;

    ApplicationController(ApplicationService applications, Clock clock) {
        this.applications = applications;
        this.clock = clock;
    }

    @PostMapping
    @PreAuthorize("hasRole('PROVIDER')")
    @Operation(summary = "Start the provider's application",
            description = "A provider has one application. The first call creates it as a DRAFT (201, with Location); "
                    + "every later call creates nothing and returns the provider's existing application, in whatever "
                    + "state it is, with 200. The company name comes from the real-name verification and cannot be "
                    + "typed. Accepts an Idempotency-Key header (replays the first answer).")
    @Parameter(in = ParameterIn.HEADER, name = "Idempotency-Key", required = false, schema = @Schema(type = "string"))
    @ApiResponse(responseCode = "201", description = "Created: the new DRAFT application")
    @ApiResponse(responseCode = "200", description = "The provider already has an application: it is returned unchanged")
    ResponseEntity<ApplicationResponse> start(Caller caller) {
        ApplicationService.Started started = applications.start(caller.providerId());
        ApplicationResponse body = ApplicationResponse.of(started.application());
        return started.created()
                ? ResponseEntity.created(URI.create("/api/onboarding/applications/" + body.id())).body(body)
                : ResponseEntity.ok(body);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('PROVIDER', 'OPERATOR')")
    @Operation(summary = "One application with its documents and review history (the provider's own, or any for operators)")
    ApplicationResponse get(Caller caller, @PathVariable String id) {
        return ApplicationResponse.of(applications.get(caller, id));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('PROVIDER')")
    @Operation(summary = "Fill the application (a draft may be incomplete; submit names what is missing)",
            description = "Editing a REJECTED application reopens it as a DRAFT of the next revision. 409 while it is "
                    + "SUBMITTED or once APPROVED.")
    ApplicationResponse fill(Caller caller, @PathVariable String id, @Valid @RequestBody FillRequest request) {
        return ApplicationResponse.of(applications.fill(caller.providerId(), id, request.toForm(clock)));
    }

    @PutMapping(path = "/{id}/business-license", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('PROVIDER')")
    @Operation(summary = "Attach the stamped business licence e-copy (multipart part 'file')",
            description = "JPEG or PNG recognised by its bytes, at most 2 MB; anything else is refused with a problem "
                    + "saying why, and nothing is stored. Replaces an earlier e-copy.")
    ApplicationResponse attachLicense(Caller caller, @PathVariable String id, @RequestPart("file") MultipartFile file)
            throws IOException {
        return ApplicationResponse.of(applications.attachLicense(caller.providerId(), id, file.getBytes()));
    }

    @GetMapping("/{id}/business-license")
    @PreAuthorize("hasAnyRole('PROVIDER', 'OPERATOR')")
    @Operation(summary = "The business licence e-copy as stored (ETag and Repr-Digest carry its SHA-256)")
    @ApiResponse(responseCode = "200", content = {@Content(mediaType = "image/jpeg"), @Content(mediaType = "image/png")})
    ResponseEntity<byte[]> license(Caller caller, @PathVariable String id) {
        return LicenseResponses.of(applications.license(caller, id));
    }

    @PostMapping("/{id}/submit")
    @PreAuthorize("hasRole('PROVIDER')")
    @Operation(summary = "Submit for review",
            description = "Every entry condition is checked and every unmet one is listed at once: 422 with "
                    + "violations:[{code, field, message}]. The chosen categories are checked with catalog; when catalog "
                    + "is unavailable the answer is 503 with Retry-After and nothing is submitted.")
    @ApiResponse(responseCode = "200", description = "SUBMITTED")
    @ApiResponse(responseCode = "422", description = "Entry conditions not met (violations)")
    @ApiResponse(responseCode = "503", description = "Catalog unavailable; retry later")
    ApplicationResponse submit(Caller caller, @PathVariable String id) {
        return ApplicationResponse.of(applications.submit(caller.providerId(), id));
    }

    record FillRequest(
            @Size(max = 10) List<@NotNull @Valid AgreementAcceptance> agreements,
            @BusinessLicenseNumber String businessLicenseNumber,
            LocalDate establishedOn,
            @PositiveOrZero @Max(100_000_000_000_000L) Long registeredCapitalFen,
            @PositiveOrZero @Max(1_000_000) Integer technicalStaff,
            @PositiveOrZero @Max(1_000_000) Integer supportStaff,
            @Valid SupportScheduleRequest supportSchedule,
            @Size(max = 50) List<@NotNull @Positive Long> categoryIds,
            @Valid ContactRequest contact) {

        ApplicationForm toForm(Clock clock) {
            var now = clock.instant();
            return new ApplicationForm(
                    agreements == null ? List.of()
                            : agreements.stream().map(a -> new AcceptedAgreement(a.code(), a.version(), now)).toList(),
                    businessLicenseNumber, establishedOn, registeredCapitalFen, technicalStaff, supportStaff,
                    supportSchedule == null ? null
                            : new SupportSchedule(supportSchedule.daysPerWeek(), supportSchedule.hoursPerDay()),
                    categoryIds == null ? List.of() : categoryIds.stream().distinct().toList(),
                    contact == null ? null : new Contact(contact.name().strip(), contact.mobile(), contact.email().strip()));
        }
    }

    record AgreementAcceptance(@NotBlank @Size(max = 64) String code, @NotBlank @Size(max = 32) String version) {
    }

    record SupportScheduleRequest(@NotNull @Min(1) @Max(7) Integer daysPerWeek,
                                  @NotNull @DecimalMin("0.5") @DecimalMax("24") @Digits(integer = 2, fraction = 2)
                                  BigDecimal hoursPerDay) {
    }

    record ContactRequest(@NotBlank @Size(max = 64) String name,
                          @NotBlank @Pattern(regexp = MOBILE,
                                  message = "must be a mainland China mobile number: 11 digits starting with 13 to 19")
                          String mobile,
                          @NotBlank @Size(max = 254) @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+") String email) {
    }
}
