package cloud.marketplace.security;

/** The roles a token can carry. {@code SERVICE} is a service's own identity, for {@code /internal/**}. */
public enum Role {
    PROVIDER, OPERATOR, ADMIN, SERVICE;

    /** The Spring Security authority name of this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
