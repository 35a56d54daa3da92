package org.heritagesentinel.console.auth;

import java.time.Instant;

/** What the session cookie carries: who signed in, the CSRF token of the session and when it ends. */
public record Session(String username, String csrfToken, Instant expiresAt) {
}
