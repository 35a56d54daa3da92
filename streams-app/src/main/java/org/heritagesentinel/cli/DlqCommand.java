package org.heritagesentinel.cli;

import java.time.Duration;
import java.util.concurrent.Callable;

import org.heritagesentinel.reliability.DeadLetterReplay;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sentinel dlq replay}: re-inject dead letters into their source topic after a fix, once each. */
@Command(name = "dlq", mixinStandardHelpOptions = true, description = "The dead-letter topic.",
    subcommands = DlqCommand.Replay.class)
final class DlqCommand {

    @Command(name = "replay", mixinStandardHelpOptions = true,
        description = "Re-inject dead letters not replayed before into the topic they came from (exactly once).")
    static final class Replay implements Callable<Integer> {
        @Mixin
        ConfigOption config;
        @Option(names = "--topic", paramLabel = "TOPIC", description = "Only dead letters from this source topic.")
        String topic;
        @Option(names = "--dry-run", description = "Count what would be replayed; change nothing.")
        boolean dryRun;
        @Option(names = "--timeout", defaultValue = "PT2M", description = "Give up after this (ISO-8601, default ${DEFAULT-VALUE}).")
        Duration timeout;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            DeadLetterReplay.Result result = new DeadLetterReplay(config.loadReachable(true)).replay(topic, dryRun, timeout);
            spec.commandLine().getOut().printf("%s %d dead letters %s%n", dryRun ? "would replay" : "replayed",
                result.replayed(), DeadLetterReplay.describe(result));
            return 0;
        }
    }
}
