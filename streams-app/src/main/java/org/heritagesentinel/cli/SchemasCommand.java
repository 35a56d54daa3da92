package org.heritagesentinel.cli;

import java.util.Map;
import java.util.concurrent.Callable;

import org.heritagesentinel.app.Reachability;
import org.heritagesentinel.config.SentinelConfig;
import org.heritagesentinel.serde.SchemaRegistrar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sentinel schemas register}: the explicit registration step; producers never auto-register. */
@Command(name = "schemas", mixinStandardHelpOptions = true, description = "Manage the topic contracts in the registry.",
    subcommands = SchemasCommand.Register.class)
final class SchemasCommand {

    @Command(name = "register", mixinStandardHelpOptions = true,
        description = "Register every value schema and set its compatibility level (idempotent).")
    static final class Register implements Callable<Integer> {
        @Mixin
        ConfigOption config;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            SentinelConfig settings = config.load();
            Reachability.registry(settings, Reachability.TIMEOUT);
            Map<String, Integer> ids = new SchemaRegistrar(SchemaRegistrar.confluentCompatUrlOf(settings.registryUrl()))
                .registerAll(settings.topics(), settings.regionAuthorities());
            ids.forEach((subject, id) -> spec.commandLine().getOut().printf("%-40s id %d%n", subject, id));
            return 0;
        }
    }
}
