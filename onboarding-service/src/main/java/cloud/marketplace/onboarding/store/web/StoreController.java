package cloud.marketplace.onboarding.store.web;

import cloud.marketplace.onboarding.store.StoreProfile;
import cloud.marketplace.onboarding.store.StoreService;
import cloud.marketplace.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/onboarding/store")
@PreAuthorize("hasRole('PROVIDER')")
@Tag(name = "Store", description = "The provider's store profile (店铺信息): edit, submit for review, publish")
class StoreController {

    /** A mainland mobile, a landline with area code, or a 400 service number. */
    static final String SERVICE_PHONE = "1[3-9][0-9]{9}|0[0-9]{2,3}-?[0-9]{7,8}|400-?[0-9]{3}-?[0-9]{4}";

    private final StoreService stores;

    StoreController(StoreService stores) {
        this.stores = stores;
    }

    @GetMapping
    @Operation(summary = "The provider's store: the published revision and the current one (404 before the first edit)")
    StoreView mine(Caller caller) {
        return StoreView.of(stores.mine(caller.providerId()));
    }

    @PutMapping
    @Operation(summary = "Edit the store profile",
            description = "Edits the draft; editing the published store starts a new revision while the published one "
                    + "stays what buyers see. 409 while a revision is under review.")
    StoreView edit(Caller caller, @Valid @RequestBody StoreRequest request) {
        return StoreView.of(stores.edit(caller.providerId(), request.toProfile()));
    }

    @PostMapping("/submit")
    @Operation(summary = "Submit the current revision for review (the provider must be approved: 422 otherwise)")
    StoreView submit(Caller caller) {
        return StoreView.of(stores.submit(caller.providerId()));
    }

    record StoreRequest(@NotBlank @Size(max = 50) String name,
                        @NotBlank @Size(max = 2000) String introduction,
                        @NotNull @Valid CustomerServiceRequest customerService,
                        @Size(max = StoreProfile.MAX_FEATURED_PRODUCTS) List<@NotBlank @Size(max = 64) String> featuredProducts) {

        StoreProfile toProfile() {
            return new StoreProfile(name.strip(), introduction.strip(), new StoreProfile.CustomerService(
                    customerService.phone(), customerService.email().strip(), customerService.hours().strip()),
                    featuredProducts == null ? List.of() : featuredProducts.stream().map(String::strip).toList());
        }
    }

    record CustomerServiceRequest(@NotBlank @Pattern(regexp = SERVICE_PHONE,
                                          message = "must be a mainland mobile, a landline with area code or a 400 number")
                                  String phone,
                                  @NotBlank @Size(max = 254) @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+") String email,
                                  @NotBlank @Size(max = 64) String hours) {
    }
}
