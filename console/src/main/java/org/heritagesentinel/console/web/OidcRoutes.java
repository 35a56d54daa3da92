package org.heritagesentinel.console.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import org.heritagesentinel.config.SentinelConfig;
import org.heritagesentinel.console.auth.Account;
import org.heritagesentinel.console.auth.Session;
import org.heritagesentinel.console.auth.SessionCodec;
import org.heritagesentinel.console.auth.oidc.FederatedAccounts;
import org.heritagesentinel.console.auth.oidc.IdentityProvider;
import org.heritagesentinel.console.auth.oidc.OidcRefusal;
import org.heritagesentinel.console.auth.oidc.SignInAttempt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sign-in through the OpenID Connect provider: {@code /oidc/login} sends the browser there with a fresh
 * state, nonce and PKCE challenge (kept in a sealed ten-minute cookie), {@code /oidc/callback} redeems the
 * code, checks the ID token and opens a console session for the user its claims describe.
 */
final class OidcRoutes {
    private static final Logger LOG = LoggerFactory.getLogger(OidcRoutes.class);
    private static final String FLOW_COOKIE = "sentinel_oidc";
    private static final Duration FLOW_TIMEOUT = Duration.ofMinutes(10);
    private final SentinelConfig.Oidc settings;
    private final FederatedAccounts accounts;
    private final SessionCodec flows;
    private final Security security;
    private final Templates templates;
    private final boolean secureCookies;
    private volatile IdentityProvider provider;

    OidcRoutes(SentinelConfig.Oidc settings, FederatedAccounts accounts, String sessionSecret, Security security,
               Templates templates, boolean secureCookies, Clock clock) {
        this.settings = settings;
        this.accounts = accounts;
        this.flows = new SessionCodec("oidc-sign-in:" + sessionSecret, FLOW_TIMEOUT, clock);
        this.security = security;
        this.templates = templates;
        this.secureCookies = secureCookies;
    }

    void addTo(RoutesConfig routes) {
        routes.get("/oidc/login", this::login);
        routes.get("/oidc/callback", this::callback);
    }

    private void login(Context ctx) {
        try {
            SignInAttempt attempt = SignInAttempt.fresh();
            // the session codec seals the attempt: "username" = nonce and verifier, "token" = state
            Session sealed = flows.open(attempt.nonce() + " " + attempt.codeVerifier());
            flowCookie(ctx, flows.encode(new Session(sealed.username(), attempt.state(), sealed.expiresAt())),
                (int) FLOW_TIMEOUT.toSeconds());
            ctx.redirect(provider().authorizationUri(redirectUri(ctx), attempt).toString());
        } catch (OidcRefusal e) {
            refuse(ctx, e);
        }
    }

    private void callback(Context ctx) {
        flowCookie(ctx, "", 0);
        try {
            Optional<SignInAttempt> attempt = flows.decode(ctx.cookie(FLOW_COOKIE)).map(s -> {
                String[] parts = s.username().split(" ", 2);
                return new SignInAttempt(s.csrfToken(), parts[0], parts.length > 1 ? parts[1] : "");
            });
            String state = Optional.ofNullable(ctx.queryParam("state")).orElse("");
            if (attempt.isEmpty() || !MessageDigest.isEqual(state.getBytes(StandardCharsets.UTF_8),
                attempt.get().state().getBytes(StandardCharsets.UTF_8))) {
                throw new OidcRefusal("the answer of the identity provider does not belong to a sign-in of this browser "
                    + "(state missing, expired or different)");
            }
            if (ctx.queryParam("error") != null) {
                throw new OidcRefusal("the identity provider refused: " + ctx.queryParam("error") + " "
                    + Optional.ofNullable(ctx.queryParam("error_description")).orElse(""));
            }
            String code = Optional.ofNullable(ctx.queryParam("code")).orElseThrow(() -> new OidcRefusal("no code"));
            Account account = accounts.account(provider().redeem(code, redirectUri(ctx), attempt.get()));
            security.signInFederated(ctx, account);
            LOG.info("console: {} of {} signed in through {}", account.username(), account.authority(), settings.issuer());
            // the browser arrived here from the provider's site: a SameSite=Strict cookie is not sent on the rest of
            // that navigation, so the page moves on by itself from this (same-site) document
            Messages t = new Messages(account.language());
            templates.render(ctx, "signed-in.jte", Map.of("page", new Page(null, t, account.language(), "", t.get("signin"))));
        } catch (OidcRefusal e) {
            refuse(ctx, e);
        }
    }

    private IdentityProvider provider() throws OidcRefusal {
        IdentityProvider known = provider;
        if (known == null) {
            known = IdentityProvider.discover(settings);
            provider = known;
        }
        return known;
    }

    /** The configured callback, or this request's own: the provider accepts only the URIs registered with it. */
    private String redirectUri(Context ctx) {
        return settings.redirectUri().isBlank() ? ctx.scheme() + "://" + ctx.host() + "/oidc/callback" : settings.redirectUri();
    }

    /** Lax, not Strict: the browser must send it when the provider sends it back here. */
    private void flowCookie(Context ctx, String value, int maxAge) {
        ctx.cookie(new Cookie(FLOW_COOKIE, value, "/oidc/", maxAge, secureCookies, true, null, SameSite.LAX));
    }

    private void refuse(Context ctx, OidcRefusal e) {
        LOG.warn("console: OpenID Connect sign-in refused: {}", e.getMessage());
        Messages t = new Messages("en");
        ctx.status(401);
        templates.render(ctx, "login.jte", Map.of("page", new Page(null, t, "en", "", t.get("signin")), "error",
            "login.oidc-refused", "username", "", "oidc", true));
    }
}
