package org.heritagesentinel.console;

import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.TimeoutException;

import org.heritagesentinel.config.SentinelConfig;
import org.heritagesentinel.console.auth.Accounts;
import org.heritagesentinel.console.auth.LoginThrottle;
import org.heritagesentinel.console.view.AuditTrail;
import org.heritagesentinel.console.view.ConsoleView;
import org.heritagesentinel.console.view.DecisionDesk;
import org.heritagesentinel.console.view.ListingDesk;
import org.heritagesentinel.console.view.SignInFailures;
import org.heritagesentinel.console.web.ConsoleServer;
import org.heritagesentinel.serde.SentinelSerdes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A running analyst console: its view of the topics, its decision producer and its web server. */
public final class Console implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Console.class);
    private final ConsoleView view;
    private final DecisionDesk desk;
    private final ListingDesk listings;
    private final SignInFailures signInFailures;
    private final ConsoleServer server;
    private final String host;

    private Console(ConsoleView view, DecisionDesk desk, ListingDesk listings, SignInFailures signInFailures,
                    ConsoleServer server, String host) {
        this.view = view;
        this.desk = desk;
        this.listings = listings;
        this.signInFailures = signInFailures;
        this.server = server;
        this.host = host;
    }

    public static Console start(SentinelConfig config, SentinelConfig.Console settings) throws TimeoutException,
        InterruptedException {
        if (settings.accountsFile().isBlank()) {
            throw new IllegalArgumentException("console.accounts-file is not set: the console needs its users "
                + "(one user:bcrypt-hash:AUTHORITY:ROLES:language:time-zone a line; see docs/console.md)");
        }
        Accounts accounts = Accounts.read(Path.of(settings.accountsFile()));
        Set<String> authorities = settings.authorities().isEmpty() ? accounts.authorities() : settings.authorities();
        String secret = settings.sessionSecret();
        if (secret == null || secret.isBlank()) {
            LOG.warn("console.session-secret is not set: sessions end when this console stops and are not valid on "
                + "other instances");
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            secret = HexFormat.of().formatHex(random);
        }
        SentinelSerdes serdes = new SentinelSerdes(config);
        ConsoleView view = new ConsoleView(config, serdes, authorities).start();
        DecisionDesk desk = new DecisionDesk(config, serdes, view, Clock.systemUTC());
        ListingDesk listings = new ListingDesk(config, serdes);
        SignInFailures signInFailures = new SignInFailures(config, serdes,
            new LoginThrottle(settings.maxFailedLogins(), settings.loginThrottle(), Clock.systemUTC()), Clock.systemUTC()).start();
        ConsoleServer server = new ConsoleServer(settings, secret, accounts, view, desk, listings,
            new AuditTrail(config, serdes), signInFailures, Clock.systemUTC()).start();
        return new Console(view, desk, listings, signInFailures, server, settings.host());
    }

    public URI uri() {
        String shown = host.equals("0.0.0.0") || host.equals("127.0.0.1") ? "localhost" : host;
        return URI.create("http://" + shown + ":" + server.port() + "/");
    }

    @Override
    public void close() {
        server.close();
        desk.close();
        listings.close();
        signInFailures.close();
        view.close();
    }
}
