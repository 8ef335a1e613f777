package cloud.marketplace.onboarding.realname;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Real-name verification of the provider's company. The partner is asked outside any database
 * transaction; only a verdict it actually gave is recorded.
 */
@Service
public class RealNameService {

    private static final int MAX_REASON = 500;

    private final EnterpriseVerification partner;
    private final RealNameRepository repository;
    private final Clock clock;

    RealNameService(EnterpriseVerification partner, RealNameRepository repository, Clock clock) {
        this.partner = partner;
        this.repository = repository;
        this.clock = clock;
    }

    public RealNameVerification verify(String providerId, EnterpriseIdentity claimed) {
        EnterpriseIdentity identity = new EnterpriseIdentity(claimed.companyName().strip(),
                claimed.creditCode().strip().toUpperCase(Locale.ROOT), claimed.legalRepresentativeName().strip());
        PartnerVerdict verdict = partner.verify(identity);
        RealNameVerification result = verdict.verified()
                ? new RealNameVerification(providerId, RealNameStatus.VERIFIED, verdict.companyName(), identity.creditCode(),
                        identity.legalRepresentativeName(), null, clock.instant())
                : new RealNameVerification(providerId, RealNameStatus.FAILED, identity.companyName(), identity.creditCode(),
                        identity.legalRepresentativeName(), reasonOf(verdict), clock.instant());
        repository.add(result);
        return result;
    }

    public Optional<RealNameVerification> current(String providerId) {
        return repository.latest(providerId);
    }

    private static String reasonOf(PartnerVerdict verdict) {
        String reason = verdict.reason() == null || verdict.reason().isBlank()
                ? "The partner could not verify the company." : verdict.reason().strip();
        return reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) : reason;
    }
}
