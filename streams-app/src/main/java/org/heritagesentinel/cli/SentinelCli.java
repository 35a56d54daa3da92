package org.heritagesentinel.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.heritagesentinel.config.ConfigurationError;
import org.slf4j.bridge.SLF4JBridgeHandler;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code sentinel} command line. */
@Command(name = "sentinel", mixinStandardHelpOptions = true, version = "Heritage Sentinel 0.1.0",
    description = "Real-time screening of customs declarations for trafficking of cultural property.",
    subcommands = {RunCommand.class, ConfigCommand.class, SchemasCommand.class, TopicsCommand.class,
        AlertsCommand.class, NamesCommand.class, ObjectsCommand.class, DlqCommand.class, AclCommand.class,
        WatchlistCommand.class, ProfileCommand.class, ExplainCommand.class, ScreenCommand.class})
public final class SentinelCli {
    /** A configuration or connection the command cannot work with (a usage error is picocli's 2 as well). */
    public static final int REFUSED = 2;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /**
     * Runs a command on the process's standard streams and flushes them before returning: the caller
     * exits the JVM right after, and a command's last lines must not be lost with it.
     */
    public static int execute(String... args) {
        prepareJvm();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        try {
            return commandLine().setOut(out).setErr(err).execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** The command tree with its error handling: a refused configuration is one line per problem, no stack trace. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new SentinelCli());
        SentinelExtension.installed().forEach(extension -> extension.commands().forEach(commandLine::addSubcommand));
        return commandLine.setExecutionExceptionHandler((e, cli, parsed) -> {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof ConfigurationError refused) {
                    cli.getErr().println(refused.getMessage());
                    return REFUSED;
                }
            }
            throw e;
        });
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
