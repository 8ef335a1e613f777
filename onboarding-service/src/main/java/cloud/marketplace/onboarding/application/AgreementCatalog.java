package cloud.marketplace.onboarding.application;

import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The agreements a provider must accept (DESIGN §1 step 2), from configuration: publishing a new
 * version of one means every provider must accept it again before submitting.
 */
@ConfigurationProperties("marketplace.onboarding")
public record AgreementCatalog(List<Agreement> agreements) {

    public AgreementCatalog {
        agreements = agreements == null ? List.of() : List.copyOf(agreements);
    }

    public Optional<Agreement> find(String code) {
        return agreements.stream().filter(a -> a.code().equals(code)).findFirst();
    }
}
