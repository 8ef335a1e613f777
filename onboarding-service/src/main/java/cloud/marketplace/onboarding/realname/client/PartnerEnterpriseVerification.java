package cloud.marketplace.onboarding.realname.client;

import cloud.marketplace.onboarding.client.PeerFailures;
import cloud.marketplace.onboarding.realname.EnterpriseIdentity;
import cloud.marketplace.onboarding.realname.EnterpriseVerification;
import cloud.marketplace.onboarding.realname.PartnerVerdict;
import cloud.marketplace.platform.web.ProblemException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Asks the partner through a Feign client whose call runs under a time limit, a circuit breaker
 * and a bulkhead (application.yml, {@code realnameVerify}). Too slow, down or breaker open: 503
 * with Retry-After. An answer that cannot be read, or a refusal of our request: 502.
 */
@Component
class PartnerEnterpriseVerification implements EnterpriseVerification {

    private static final Logger log = LoggerFactory.getLogger(PartnerEnterpriseVerification.class);
    private static final String PARTNER = "The enterprise real-name verification partner";
    private static final int MAX_COMPANY_NAME = 200;

    private final EnterpriseVerificationClient client;

    PartnerEnterpriseVerification(EnterpriseVerificationClient client) {
        this.client = client;
    }

    @Override
    public PartnerVerdict verify(EnterpriseIdentity identity) {
        EnterpriseVerificationClient.Answer answer;
        try {
            answer = client.verify(new EnterpriseVerificationClient.Request(identity.companyName(), identity.creditCode(),
                    identity.legalRepresentativeName()));
        } catch (RuntimeException e) {
            throw classify(e);
        }
        if (answer == null || answer.verified() == null) {
            throw unreadable("its answer has no verdict");
        }
        if (!answer.verified()) {
            return new PartnerVerdict(false, null, answer.reason());
        }
        String name = answer.companyName() == null ? "" : answer.companyName().strip();
        if (name.isEmpty() || name.length() > MAX_COMPANY_NAME) {
            throw unreadable("a verified answer without a usable company name");
        }
        return new PartnerVerdict(true, name, null);
    }

    private static ProblemException classify(RuntimeException failure) {
        Integer status = PeerFailures.answeredStatus(failure).orElse(null);
        if (status != null && status < 500) {
            log.warn("Real-name partner answered {} unusably: {}", status, failure.toString());
            return unreadable(status < 300 ? "its answer could not be read" : "it refused the request (HTTP " + status + ")");
        }
        log.warn("Real-name partner unavailable: {}", failure.toString());
        return ProblemException.unavailable(PARTNER, Duration.ofSeconds(30));
    }

    private static ProblemException unreadable(String what) {
        return new ProblemException(502, "partner-bad-answer", "Bad gateway",
                PARTNER + " gave no usable answer (" + what + "); nothing was recorded. Retry later.");
    }
}
