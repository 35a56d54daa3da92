package org.heritagesentinel.cli;

import java.util.Set;
import java.util.concurrent.Callable;

import org.apache.kafka.clients.admin.Admin;
import org.heritagesentinel.app.Reachability;
import org.heritagesentinel.app.TopicProvisioner;
import org.heritagesentinel.config.ClientProperties;
import org.heritagesentinel.config.SentinelConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sentinel topics create}: creates the shared topics with their documented settings. */
@Command(name = "topics", mixinStandardHelpOptions = true, description = "Manage the shared topics.",
    subcommands = TopicsCommand.Create.class)
final class TopicsCommand {

    @Command(name = "create", mixinStandardHelpOptions = true, description = "Create missing topics (existing ones untouched).")
    static final class Create implements Callable<Integer> {
        @Mixin
        ConfigOption config;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            SentinelConfig settings = config.load();
            Reachability.replicas(settings, Reachability.kafka(settings, Reachability.TIMEOUT));
            try (Admin admin = Admin.create(ClientProperties.admin(settings))) {
                Set<String> created = TopicProvisioner.ensure(admin, settings);
                spec.commandLine().getOut().println(created.isEmpty() ? "all topics exist" : "created " + created);
            }
            return 0;
        }
    }
}
