package cloud.marketplace.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;

class MarketplaceTokensTest {

    private static final String SECRET = "a-test-secret-that-is-long-enough-0123456789";
    private final MarketplaceTokens tokens = new MarketplaceTokens(SECRET);

    @Test
    void issuedTokenCarriesSubjectAndRoles() {
        Jwt jwt = tokens.decoder().decode(tokens.issue("provider-1", List.of(Role.PROVIDER), Duration.ofMinutes(5)));

        assertThat(jwt.getSubject()).isEqualTo("provider-1");
        assertThat(MarketplaceTokens.roles(jwt)).containsExactly(Role.PROVIDER);
    }

    @Test
    void tokenSignedWithAnotherSecretIsRefused() {
        String foreign = new MarketplaceTokens("another-secret-that-is-long-enough-987654321")
                .issue("provider-1", List.of(Role.ADMIN), Duration.ofMinutes(5));

        assertThatThrownBy(() -> tokens.decoder().decode(foreign)).isInstanceOf(JwtException.class);
    }

    @Test
    void expiredTokenIsRefused() {
        Clock past = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
        String expired = new MarketplaceTokens(SECRET, past).issue("p", List.of(Role.PROVIDER), Duration.ofMinutes(5));

        assertThatThrownBy(() -> tokens.decoder().decode(expired)).isInstanceOf(JwtException.class);
    }

    @Test
    void shortSecretIsRefusedAtStart() {
        assertThatThrownBy(() -> new MarketplaceTokens("short")).isInstanceOf(IllegalArgumentException.class);
    }
}
