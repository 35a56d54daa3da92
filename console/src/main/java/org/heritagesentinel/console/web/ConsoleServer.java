package org.heritagesentinel.console.web;

import java.time.Clock;
import java.util.Map;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import org.heritagesentinel.config.SentinelConfig;
import org.heritagesentinel.console.auth.Accounts;
import org.heritagesentinel.console.auth.SessionCodec;
import org.heritagesentinel.console.auth.oidc.FederatedAccounts;
import org.heritagesentinel.console.register.RegisterQueries;
import org.heritagesentinel.console.view.AuditTrail;
import org.heritagesentinel.console.view.ConsoleView;
import org.heritagesentinel.console.view.DecisionDesk;
import org.heritagesentinel.console.view.ListingDesk;
import org.heritagesentinel.console.view.SignInFailures;

/** The console's web server (Javalin): routes, security filter, static assets and WebJars. */
public final class ConsoleServer implements AutoCloseable {
    private final Javalin app;

    public ConsoleServer(SentinelConfig.Console settings, String sessionSecret, Accounts accounts, ConsoleView view,
                         DecisionDesk desk, ListingDesk listings, AuditTrail audit, SignInFailures signInFailures, Clock clock) {
        Templates templates = new Templates();
        Security security = new Security(new SessionCodec(sessionSecret, settings.sessionTimeout(), clock), accounts,
            settings.secureCookies(), (int) settings.sessionTimeout().toSeconds(), templates);
        LoginRoutes login = new LoginRoutes(accounts, signInFailures, security, templates, settings.oidc().enabled());
        QueueRoutes queue = new QueueRoutes(view, templates);
        WatchlistRoutes watchlist = new WatchlistRoutes(view, listings, templates);
        AlertRoutes alerts = new AlertRoutes(view, desk, accounts, Map.copyOf(settings.nextSteps()), templates);
        OperationsRoutes operations = new OperationsRoutes(view, new RegisterQueries(settings.register()), audit, templates);
        OidcRoutes oidc = new OidcRoutes(settings.oidc(), new FederatedAccounts(settings.oidc(), a -> view.book(a).isPresent()),
            sessionSecret, security, templates, settings.secureCookies(), clock);
        this.app = Javalin.create(config -> {
            config.jetty.host = settings.host();
            config.jetty.port = settings.port();
            config.staticFiles.enableWebjars();
            config.staticFiles.add(files -> {
                files.hostedPath = "/assets";
                files.directory = "/console/assets";
                files.location = Location.CLASSPATH;
            });
            config.routes.before(security::before);
            config.routes.get("/", ctx -> ctx.redirect("/queue"));
            config.routes.get("/health", ctx -> ctx.result("ok"));
            config.routes.get("/login", login::form);
            config.routes.post("/login", login::submit);
            config.routes.post("/logout", login::logout);
            config.routes.get("/queue", queue::page);
            config.routes.get("/queue/live", queue::live);
            config.routes.sse("/queue/events", queue::events);
            config.routes.get("/alerts/{id}", alerts::page);
            config.routes.post("/alerts/{id}/decisions", alerts::decide);
            config.routes.get("/watchlist", watchlist::page);
            config.routes.post("/watchlist", watchlist::draft);
            config.routes.post("/watchlist/{id}/approve", watchlist::approve);
            config.routes.get("/watchlist/{id}", watchlist::review);
            config.routes.post("/watchlist/{id}/reject", watchlist::reject);
            config.routes.post("/watchlist/{id}/delist", watchlist::requestDelisting);
            config.routes.post("/watchlist/trial", watchlist::trial);
            operations.addTo(config.routes);
            if (settings.oidc().enabled()) {
                oidc.addTo(config.routes);
            }
        });
    }

    public ConsoleServer start() {
        app.start();
        return this;
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
