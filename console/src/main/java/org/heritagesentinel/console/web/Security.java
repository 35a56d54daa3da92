package org.heritagesentinel.console.web;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HandlerType;
import io.javalin.http.SameSite;
import org.heritagesentinel.console.auth.Account;
import org.heritagesentinel.console.auth.Accounts;
import org.heritagesentinel.console.auth.Session;
import org.heritagesentinel.console.auth.SessionCodec;

/**
 * Runs before every request: security headers, the session from its cookie, and the CSRF token on every
 * state change. A request without a valid session goes to the login page; a POST without the session's
 * token is refused with 403, whatever it asks.
 */
final class Security {
    static final String COOKIE = "sentinel_session";
    static final String ACCOUNT = "account";
    static final String SESSION = "session";
    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        + "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";
    private static final Set<String> PUBLIC_PREFIXES = Set.of("/login", "/oidc/", "/assets/", "/webjars/", "/health");
    private final SessionCodec sessions;
    private final Accounts accounts;
    private final boolean secureCookies;
    private final int maxAgeSeconds;
    private final Templates templates;

    Security(SessionCodec sessions, Accounts accounts, boolean secureCookies, int maxAgeSeconds, Templates templates) {
        this.sessions = sessions;
        this.accounts = accounts;
        this.secureCookies = secureCookies;
        this.maxAgeSeconds = maxAgeSeconds;
        this.templates = templates;
    }

    void before(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        if (secureCookies) {
            ctx.header("Strict-Transport-Security", "max-age=31536000");
        }
        Optional<Session> session = sessions.decode(ctx.cookie(COOKIE));
        Optional<Account> account = session.flatMap(s -> s.federatedAccount().or(() -> accounts.find(s.username())));
        if (account.isPresent()) {
            ctx.attribute(ACCOUNT, account.get());
            ctx.attribute(SESSION, session.get());
        }
        if (ctx.method() == HandlerType.POST && !ctx.path().equals("/login") && !tokenMatches(ctx, session)) {
            Messages t = new Messages(account.map(Account::language).orElse("en"));
            ctx.status(403);
            templates.render(ctx, "message.jte", java.util.Map.of("page", new Page(account.orElse(null), t,
                account.map(Account::language).orElse("en"), session.map(Session::csrfToken).orElse(""),
                t.get("forbidden")), "text", t.get("forbidden.text")));
            ctx.skipRemainingHandlers();
            return;
        }
        if (account.isEmpty() && PUBLIC_PREFIXES.stream().noneMatch(ctx.path()::startsWith)) {
            ctx.redirect("/login");
            ctx.skipRemainingHandlers();
        }
    }

    private static boolean tokenMatches(Context ctx, Optional<Session> session) {
        String sent = Optional.ofNullable(ctx.formParam("csrf")).orElse(ctx.header("X-CSRF-Token"));
        return session.isPresent() && sent != null && MessageDigest.isEqual(
            sent.getBytes(StandardCharsets.UTF_8), session.get().csrfToken().getBytes(StandardCharsets.UTF_8));
    }

    void signIn(Context ctx, Account account) {
        ctx.cookie(new Cookie(COOKIE, sessions.encode(sessions.open(account.username())), "/", maxAgeSeconds, secureCookies,
            true, null, SameSite.STRICT));
    }

    /** A user the identity provider vouched for: no accounts-file line, the account is in the session. */
    void signInFederated(Context ctx, Account account) {
        ctx.cookie(new Cookie(COOKIE, sessions.encode(sessions.open(account)), "/", maxAgeSeconds, secureCookies, true, null,
            SameSite.STRICT));
    }

    void signOut(Context ctx) {
        ctx.cookie(new Cookie(COOKIE, "", "/", 0, secureCookies, true, null, SameSite.STRICT));
    }

    static Account account(Context ctx) {
        return ctx.attribute(ACCOUNT);
    }

    static Page page(Context ctx, String titleKey) {
        Account account = account(ctx);
        Messages t = new Messages(account.language());
        Session session = ctx.attribute(SESSION);
        return new Page(account, t, account.language(), session.csrfToken(), t.get(titleKey));
    }
}
