package org.heritagesentinel.console.auth;

import java.time.ZoneId;
import java.util.Set;

/**
 * A console user, bound to one authority.
 *
 * @param passwordHash  bcrypt hash; empty for a user who signs in only through OpenID Connect
 * @param language      "en", "fr" or "ar"
 */
public record Account(String username, String passwordHash, String authority, Set<Role> roles, String language,
                      ZoneId zone) {

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
