package cloud.marketplace.merchant.provider;

import cloud.marketplace.contracts.events.ProviderApproved;
import cloud.marketplace.merchant.client.onboarding.OnboardingPeer;
import cloud.marketplace.merchant.client.onboarding.OnboardingProvider;
import cloud.marketplace.merchant.form.Company;
import cloud.marketplace.platform.documents.ImageDocument;
import cloud.marketplace.platform.web.ProblemException;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The providers onboarding approved. Only they may open a merchant account; their company data
 * and licence pre-fill the forms.
 */
@Service
public class ApprovedProviders {

    public static final String NOT_APPROVED = "provider-not-approved";
    /** Onboarding accepts licences up to 2 MB; the partners' own media limit is the same. */
    private static final long MAX_LICENSE_BYTES = 2 * 1024 * 1024;

    private final ApprovedProviderRepository providers;
    private final OnboardingPeer onboarding;
    private final Clock clock;

    ApprovedProviders(ApprovedProviderRepository providers, OnboardingPeer onboarding, Clock clock) {
        this.providers = providers;
        this.onboarding = onboarding;
        this.clock = clock;
    }

    /** Runs in the inbox's transaction, with the event's processed mark. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void approved(ProviderApproved event) {
        providers.save(new ApprovedProvider(event.providerId(), event.applicationId(), event.companyName(), event.creditCode(),
                event.businessLicenseNumber(), event.approvedCategoryIds(), event.approvedAt()), clock.instant());
    }

    public java.util.Optional<ApprovedProvider> find(String providerId) {
        return providers.find(providerId);
    }

    /**
     * The approved company and its licence, fetched from onboarding — call it outside any
     * transaction. 409 when the provider is not approved.
     */
    public ProviderProfile profile(String providerId) {
        ApprovedProvider approved = providers.find(providerId).orElseThrow(() -> notApproved(providerId));
        OnboardingProvider current = onboarding.provider(providerId).orElseThrow(() -> notApproved(providerId));
        byte[] licence = onboarding.businessLicense(providerId).orElseThrow(() -> ProblemException.conflict(NOT_APPROVED,
                "Onboarding holds no business licence e-copy for provider " + providerId + "."));
        String licenceNumber = current.businessLicenseNumber() != null ? current.businessLicenseNumber() : approved.businessLicenseNumber();
        String companyName = current.companyName() != null ? current.companyName() : approved.companyName();
        return new ProviderProfile(providerId, new Company(companyName, licenceNumber, current.legalRepresentativeName()),
                ImageDocument.of(licence, MAX_LICENSE_BYTES));
    }

    /** Locks the provider's row for the rest of the transaction (one form per channel and provider). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lock(String providerId) {
        providers.lock(providerId).orElseThrow(() -> notApproved(providerId));
    }

    private static ProblemException notApproved(String providerId) {
        return ProblemException.conflict(NOT_APPROVED, "Provider " + providerId + " has not been approved: a merchant account "
                + "can be opened only after onboarding approved the provider's application.");
    }
}
