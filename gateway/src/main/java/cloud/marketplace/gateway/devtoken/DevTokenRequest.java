package cloud.marketplace.gateway.devtoken;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Who the development token is for. {@code SERVICE} is never handed out: it opens {@code /internal/**}. */
record DevTokenRequest(
        @NotBlank @Size(max = 64) String subject,
        @NotEmpty List<@NotNull @Pattern(regexp = "PROVIDER|OPERATOR|ADMIN",
                message = "must be one of PROVIDER, OPERATOR, ADMIN") String> roles) {
}
