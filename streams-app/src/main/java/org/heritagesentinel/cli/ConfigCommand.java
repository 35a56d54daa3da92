package org.heritagesentinel.cli;

import java.util.concurrent.Callable;

import org.heritagesentinel.app.ScreeningParts;
import org.heritagesentinel.config.ConfigDocs;
import org.heritagesentinel.config.ConfigLoader;
import org.heritagesentinel.config.ResolvedConfig;
import org.heritagesentinel.config.SentinelConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sentinel config check|print-defaults}: see a configuration before starting anything with it. */
@Command(name = "config", mixinStandardHelpOptions = true, description = "Check a configuration, or write a commented sample.",
    subcommands = {ConfigCommand.Check.class, ConfigCommand.PrintDefaults.class})
final class ConfigCommand {

    @Command(name = "check", mixinStandardHelpOptions = true,
        description = "Validate the configuration (defaults, -c file, SENTINEL_* variables) and print the effective values, "
            + "secrets masked. Exit code 2 and one line per problem when it is refused. Connects to nothing.")
    static final class Check implements Callable<Integer> {
        @Mixin
        ConfigOption config;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            ResolvedConfig resolved = ConfigLoader.resolve(config.file, System.getenv());
            // building the typed configuration also reads queries.tokens-file: a missing one is refused here too; the
            // scoring tables check the names matching.party.scoring and matching.object.scoring replace (the
            // configuration knows no matcher)
            SentinelConfig typed = ConfigLoader.load(config.file, System.getenv());
            ScreeningParts.partyTable(typed);
            ScreeningParts.objectTable(typed);
            resolved.describe().forEach(spec.commandLine().getOut()::println);
            spec.commandLine().getOut().println("configuration OK" + (config.file == null ? " (defaults and environment)"
                : ": " + config.file));
            return 0;
        }
    }

    @Command(name = "print-defaults", mixinStandardHelpOptions = true,
        description = "Write every key with its meaning and default as a commented properties file "
            + "(sentinel config print-defaults > sentinel.properties).")
    static final class PrintDefaults implements Callable<Integer> {
        @Option(names = "--markdown", description = "The README's configuration table instead.")
        boolean markdown;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            spec.commandLine().getOut().print(markdown ? ConfigDocs.markdownTable() : ConfigDocs.sampleProperties());
            return 0;
        }
    }
}
