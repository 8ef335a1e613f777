package cloud.marketplace.platform.security;

import cloud.marketplace.security.Role;
import java.util.Set;

/**
 * Who is calling, taken from the checked token — never from a header, path or body. For a
 * provider, {@link #subject()} is its provider id.
 */
public record Caller(String subject, Set<Role> roles) {

    public boolean is(Role role) {
        return roles.contains(role);
    }

    public String providerId() {
        return subject;
    }
}
