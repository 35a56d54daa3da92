package org.heritagesentinel.console.auth.oidc;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import com.nimbusds.jwt.JWTClaimsSet;
import org.heritagesentinel.config.SentinelConfig;
import org.heritagesentinel.console.auth.Account;
import org.heritagesentinel.console.auth.Role;

/**
 * Turns the claims of a valid ID token into a console user: the configured claims give the user name, the
 * authority and the roles (a dotted path reads a nested claim, as Keycloak's {@code realm_access.roles});
 * the standard {@code locale} and {@code zoneinfo} claims give the language and the time zone. A user
 * without an authority this console serves, or without any console role, is refused.
 */
public final class FederatedAccounts {
    private static final Set<String> LANGUAGES = Set.of("en", "fr", "ar");
    private final SentinelConfig.Oidc settings;
    private final Predicate<String> served;

    public FederatedAccounts(SentinelConfig.Oidc settings, Predicate<String> served) {
        this.settings = settings;
        this.served = served;
    }

    public Account account(JWTClaimsSet claims) throws OidcRefusal {
        String username = text(claim(claims, settings.usernameClaim()));
        if (username.isBlank()) {
            throw new OidcRefusal("the ID token has no " + settings.usernameClaim() + " claim");
        }
        String authority = text(claim(claims, settings.authorityClaim())).toUpperCase(Locale.ROOT);
        if (!served.test(authority)) {
            throw new OidcRefusal(username + ": authority '" + authority + "' (claim " + settings.authorityClaim()
                + ") is not served by this console");
        }
        Set<Role> roles = roles(claim(claims, settings.rolesClaim()));
        if (roles.isEmpty()) {
            throw new OidcRefusal(username + ": no console role (ANALYST, SUPERVISOR, ADMIN) in claim " + settings.rolesClaim());
        }
        String locale = text(claim(claims, "locale"));
        String language = locale.length() >= 2 && LANGUAGES.contains(locale.substring(0, 2).toLowerCase(Locale.ROOT))
            ? locale.substring(0, 2).toLowerCase(Locale.ROOT) : "en";
        return new Account(username, "", authority, roles, language, zone(text(claim(claims, "zoneinfo"))));
    }

    private static Object claim(JWTClaimsSet claims, String path) {
        Object value = claims.getClaims();
        for (String part : path.split("\\.")) {
            if (!(value instanceof Map<?, ?> map)) {
                return null;
            }
            value = map.get(part);
        }
        return value;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString().trim();
    }

    /** A list claim, or one string of roles separated by spaces or commas; names are matched in any case. */
    private static Set<Role> roles(Object value) {
        Collection<?> names = value instanceof Collection<?> list ? list
            : value == null ? List.of() : Arrays.asList(value.toString().split("[\\s,]+"));
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Object name : names) {
            Arrays.stream(Role.values()).filter(r -> r.name().equalsIgnoreCase(String.valueOf(name).trim()))
                .forEach(roles::add);
        }
        return roles;
    }

    private static ZoneId zone(String zoneinfo) {
        try {
            return zoneinfo.isBlank() ? ZoneId.of("UTC") : ZoneId.of(zoneinfo);
        } catch (DateTimeException e) {
            return ZoneId.of("UTC");
        }
    }
}
