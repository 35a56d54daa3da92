package org.heritagesentinel.cli;

import org.slf4j.bridge.SLF4JBridgeHandler;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code sentinel} command line. */
@Command(name = "sentinel", mixinStandardHelpOptions = true, version = "Heritage Sentinel 0.1.0",
    description = "Real-time screening of customs declarations for trafficking of cultural property.",
    subcommands = {RunCommand.class, DemoCommand.class, SchemasCommand.class, TopicsCommand.class,
        AlertsCommand.class, NamesCommand.class, DlqCommand.class, AclCommand.class, SimulateCommand.class,
        BenchCommand.class, WatchlistCommand.class, ProfileCommand.class, ExplainCommand.class})
public final class SentinelCli {

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    public static int execute(String... args) {
        prepareJvm();
        CommandLine commandLine = new CommandLine(new SentinelCli());
        SentinelExtension.installed().forEach(extension -> extension.commands().forEach(commandLine::addSubcommand));
        return commandLine.execute(args);
    }

    /** Avro refuses to build generated classes outside trusted packages; Apicurio logs through JUL. */
    static void prepareJvm() {
        if (System.getProperty("org.apache.avro.SERIALIZABLE_PACKAGES") == null) {
            System.setProperty("org.apache.avro.SERIALIZABLE_PACKAGES", "org.heritagesentinel.avro");
        }
        if (!SLF4JBridgeHandler.isInstalled()) {
            SLF4JBridgeHandler.removeHandlersForRootLogger();
            SLF4JBridgeHandler.install();
        }
    }
}
