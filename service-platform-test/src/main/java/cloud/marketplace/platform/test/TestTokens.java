package cloud.marketplace.platform.test;

import cloud.marketplace.security.MarketplaceTokens;
import cloud.marketplace.security.Role;
import java.time.Duration;
import java.util.List;

/** Tokens for tests, signed with the secret the test contexts are given. */
public final class TestTokens {

    public static final String SECRET = "test-secret-for-marketplace-integration-tests-0123";
    private static final MarketplaceTokens TOKENS = new MarketplaceTokens(SECRET);

    public static String provider(String providerId) {
        return bearer(providerId, Role.PROVIDER);
    }

    public static String operator() {
        return bearer("operator-1", Role.OPERATOR);
    }

    public static String admin() {
        return bearer("admin-1", Role.ADMIN);
    }

    public static String service() {
        return bearer("test-peer-service", Role.SERVICE);
    }

    public static String bearer(String subject, Role... roles) {
        return "Bearer " + TOKENS.issue(subject, List.of(roles), Duration.ofMinutes(30));
    }

    private TestTokens() {
    }
}
