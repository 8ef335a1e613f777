package cloud.marketplace.catalog.product.web;

import cloud.marketplace.catalog.product.Actor;
import cloud.marketplace.platform.security.Caller;
import cloud.marketplace.security.MarketplaceTokens;
import cloud.marketplace.security.Role;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;

/** Who is looking at a public endpoint: nobody, or whoever presented a valid token anyway. */
final class Viewers {

    /** The caller of a public read, or {@code null} when no token came with it. */
    static Actor current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof Jwt jwt)) {
            return null;
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(MarketplaceTokens.roles(jwt));
        return actor(new Caller(jwt.getSubject(), roles));
    }

    /** An operator acts as an operator; anyone else as the provider named by the token. */
    static Actor actor(Caller caller) {
        return caller.is(Role.OPERATOR) ? Actor.operator(caller.subject()) : Actor.provider(caller.providerId());
    }

    private Viewers() {
    }
}
