package org.heritagesentinel.cli;

import java.io.PrintStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

import org.heritagesentinel.config.SentinelConfig;
import org.heritagesentinel.embedded.EmbeddedStack;

/**
 * A module shipped beside the application (the analyst console) that adds commands to {@code sentinel}
 * and its part to {@code sentinel demo}. Found with {@link ServiceLoader}: the application cannot depend
 * on the modules built on it.
 */
public interface SentinelExtension {

    /** picocli command objects, added as subcommands of {@code sentinel}. */
    List<Object> commands();

    /**
     * Started by {@code sentinel demo} once screening is live; closed when the demo stops.
     *
     * @param applicationHttp the demo application's ops endpoints (its port is chosen at start)
     */
    AutoCloseable startInDemo(EmbeddedStack stack, SentinelConfig config, URI applicationHttp, PrintStream out)
        throws Exception;

    static List<SentinelExtension> installed() {
        List<SentinelExtension> result = new ArrayList<>();
        ServiceLoader.load(SentinelExtension.class).forEach(result::add);
        return result;
    }

    /** Starts every installed extension's demo part; what started is returned to be closed. */
    static List<AutoCloseable> startAllInDemo(EmbeddedStack stack, SentinelConfig config, URI applicationHttp, PrintStream out)
        throws Exception {
        List<AutoCloseable> started = new ArrayList<>();
        for (SentinelExtension extension : installed()) {
            started.add(extension.startInDemo(stack, config, applicationHttp, out));
        }
        return started;
    }
}
