package org.heritagesentinel.console.web;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.javalin.http.Context;
import org.heritagesentinel.console.auth.Account;
import org.heritagesentinel.console.auth.Accounts;
import org.heritagesentinel.console.auth.PasswordHashes;
import org.heritagesentinel.console.view.SignInFailures;

/** Sign-in with a local account (bcrypt), throttled after repeated wrong passwords on any instance; sign-out. */
final class LoginRoutes {
    private static final Set<String> LANGUAGES = Set.of("en", "fr", "ar");
    private final Accounts accounts;
    private final SignInFailures throttle;
    private final Security security;
    private final Templates templates;
    private final boolean oidc;

    LoginRoutes(Accounts accounts, SignInFailures throttle, Security security, Templates templates, boolean oidc) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.security = security;
        this.templates = templates;
        this.oidc = oidc;
    }

    void form(Context ctx) {
        render(ctx, language(ctx.queryParam("lang")), null, "");
    }

    void submit(Context ctx) {
        String username = Optional.ofNullable(ctx.formParam("username")).orElse("").trim();
        String password = Optional.ofNullable(ctx.formParam("password")).orElse("");
        String language = language(ctx.formParam("lang"));
        if (throttle.throttled(username)) {
            ctx.status(429);
            render(ctx, language, "login.throttled", username);
            return;
        }
        Optional<Account> account = accounts.find(username).filter(a -> PasswordHashes.matches(password, a.passwordHash()));
        if (account.isEmpty()) {
            throttle.failed(username, accounts.find(username).map(Account::authority));
            boolean throttled = throttle.throttle().throttled(username);
            ctx.status(throttled ? 429 : 401);
            render(ctx, language, throttled ? "login.throttled" : "login.failed", username);
            return;
        }
        security.signIn(ctx, account.get());
        ctx.redirect("/queue");
    }

    void logout(Context ctx) {
        security.signOut(ctx);
        ctx.redirect("/login");
    }

    private void render(Context ctx, String language, String error, String username) {
        Messages t = new Messages(language);
        templates.render(ctx, "login.jte", Map.of("page", new Page(null, t, language, "", t.get("signin")),
            "error", error == null ? "" : error, "username", username, "oidc", oidc));
    }

    private static String language(String requested) {
        return requested != null && LANGUAGES.contains(requested) ? requested : "en";
    }
}
