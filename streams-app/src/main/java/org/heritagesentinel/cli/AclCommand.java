package org.heritagesentinel.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.apache.kafka.common.acl.AclBinding;
import org.heritagesentinel.config.SentinelConfig;
import org.heritagesentinel.reliability.AclPlan;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sentinel acl print}: the ACLs a principal needs, computed from the configuration. */
@Command(name = "acl", mixinStandardHelpOptions = true, description = "Access control lists.",
    subcommands = AclCommand.Print.class)
final class AclCommand {

    @Command(name = "print", mixinStandardHelpOptions = true,
        description = "Print the ACLs of the application, of an authority's analysts or of its console.")
    static final class Print implements Callable<Integer> {
        @Mixin
        ConfigOption config;
        @ArgGroup(multiplicity = "1")
        Who who;
        @Option(names = "--principal", paramLabel = "PRINCIPAL",
            description = "Kafka principal (default User:heritage-sentinel, User:authority-<x> for an authority, "
                + "User:console-<x> for a console, User:sentinel-operator for the replay).")
        String principal;
        @Spec
        CommandSpec spec;

        static final class Who {
            @Option(names = "--authority", paramLabel = "CODE", description = "An authority, e.g. JO.")
            String authority;
            @Option(names = "--console", paramLabel = "CODE", description = "The analyst console of an authority, e.g. JO.")
            String console;
            @Option(names = "--app", description = "The screening application.")
            boolean app;
            @Option(names = "--replay", description = "The operator who runs 'sentinel dlq replay'.")
            boolean replay;
        }

        @Override
        public Integer call() {
            SentinelConfig settings = config.load();
            List<AclBinding> acls;
            if (who.authority != null) {
                acls = AclPlan.forAuthority(settings, who.authority,
                    principal != null ? principal : AclPlan.defaultAuthorityPrincipal(who.authority));
            } else if (who.console != null) {
                acls = AclPlan.forConsole(settings, who.console,
                    principal != null ? principal : AclPlan.defaultConsolePrincipal(who.console));
            } else if (who.replay) {
                acls = AclPlan.forDeadLetterReplay(settings, principal != null ? principal : "User:sentinel-operator");
            } else {
                acls = AclPlan.forApplication(settings, principal != null ? principal : "User:heritage-sentinel");
            }
            acls.forEach(acl -> spec.commandLine().getOut().println(AclPlan.describe(acl)));
            return 0;
        }
    }
}
