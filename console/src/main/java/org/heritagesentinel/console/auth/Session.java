package org.heritagesentinel.console.auth;

import java.time.Instant;
import java.util.Optional;

/**
 * What the session cookie carries: who signed in, the CSRF token of the session and when it ends; for a
 * user signed in through the identity provider, also the account the provider's claims gave (such a user
 * is in no accounts file).
 */
public record Session(String username, String csrfToken, Instant expiresAt, Account federated) {

    public Session(String username, String csrfToken, Instant expiresAt) {
        this(username, csrfToken, expiresAt, null);
    }

    public Optional<Account> federatedAccount() {
        return Optional.ofNullable(federated);
    }
}
