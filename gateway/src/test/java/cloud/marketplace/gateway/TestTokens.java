package cloud.marketplace.gateway;

import cloud.marketplace.security.MarketplaceTokens;
import cloud.marketplace.security.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** Tokens as the marketplace issues them, and a few it must refuse. */
final class TestTokens {

    /** The default secret of application.yml. */
    static final String SECRET = "local-development-secret-change-me-0123456789";
    static final MarketplaceTokens TOKENS = new MarketplaceTokens(SECRET);

    private TestTokens() {
    }

    static String token(String subject, Role... roles) {
        return TOKENS.issue(subject, List.of(roles), Duration.ofHours(1));
    }

    /** A fresh caller, so that tests never share a rate-limit bucket. */
    static String uniqueSubject(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    static String provider() {
        return token(uniqueSubject("provider"), Role.PROVIDER);
    }

    static String signedWithAnotherSecret() {
        return new MarketplaceTokens("a-different-secret-of-enough-length-9876543210")
                .issue(uniqueSubject("forger"), List.of(Role.ADMIN), Duration.ofHours(1));
    }

    static String expired() {
        Clock twoHoursAgo = Clock.fixed(Instant.now().minus(Duration.ofHours(2)), ZoneOffset.UTC);
        return new MarketplaceTokens(SECRET, twoHoursAgo).issue(uniqueSubject("late"), List.of(Role.PROVIDER),
                Duration.ofHours(1));
    }

    static String bearer(String token) {
        return "Bearer " + token;
    }
}
