package org.heritagesentinel.console.auth.oidc;

/** A sign-in through the identity provider that is refused, with why (shown to the user, logged). */
public final class OidcRefusal extends Exception {
    private static final long serialVersionUID = 1L;

    public OidcRefusal(String reason) {
        super(reason);
    }

    public OidcRefusal(String reason, Throwable cause) {
        super(reason, cause);
    }
}
