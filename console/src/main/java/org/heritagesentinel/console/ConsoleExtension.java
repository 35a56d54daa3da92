package org.heritagesentinel.console;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;

import org.apache.kafka.clients.admin.Admin;
import org.heritagesentinel.cli.SentinelExtension;
import org.heritagesentinel.config.ClientProperties;
import org.heritagesentinel.config.SentinelConfig;

/** Adds {@code sentinel console} and starts the console in {@code sentinel demo}. */
public final class ConsoleExtension implements SentinelExtension {

    @Override
    public List<Object> commands() {
        return List.of(new ConsoleCommand());
    }

    @Override
    public AutoCloseable startInDemo(SentinelConfig config, URI applicationHttp, PrintStream out) throws Exception {
        Path accounts = DemoAccounts.write();
        SentinelConfig.Console demo = config.console();
        // plain HTTP on this machine: a Secure cookie is kept by browsers on http://localhost only
        SentinelConfig.Console settings = new SentinelConfig.Console("127.0.0.1", demo.port(), java.util.Set.of("JO", "MA"),
            accounts.toString(), java.util.UUID.randomUUID().toString(), demo.sessionTimeout(), false, demo.maxFailedLogins(), demo.loginThrottle(),
            demo.nextSteps(), demo.oidc(), new SentinelConfig.RegisterAccess(applicationHttp.toString(), demo.register().tokens()));
        try (Admin admin = Admin.create(ClientProperties.admin(config))) {
            DecisionTopics.prepare(admin, config, settings.authorities());
        }
        Console console = Console.start(config, settings);
        out.printf("  console  %s%n", console.uri());
        DemoAccounts.print(out);
        return console;
    }
}
