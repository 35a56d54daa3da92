package org.heritagesentinel.cli;

import java.io.PrintStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

import org.heritagesentinel.config.SentinelConfig;

/**
 * A module shipped beside the application (the analyst console; the dev tools' {@code demo}, {@code bench} and
 * {@code simulate}) that adds commands to {@code sentinel} and its part to {@code sentinel demo}. Found with
 * {@link ServiceLoader}: the application cannot depend on the modules built on it.
 */
public interface SentinelExtension {

    /** picocli command objects, added as subcommands of {@code sentinel}. */
    List<Object> commands();

    /**
     * Started by {@code sentinel demo} once screening is live, against the demo's broker and registry named in
     * {@code config}; closed when the demo stops. Nothing by default.
     *
     * @param applicationHttp the demo application's ops endpoints (its port is chosen at start)
     */
    default AutoCloseable startInDemo(SentinelConfig config, URI applicationHttp, PrintStream out) throws Exception {
        return () -> { };
    }

    static List<SentinelExtension> installed() {
        List<SentinelExtension> result = new ArrayList<>();
        ServiceLoader.load(SentinelExtension.class).forEach(result::add);
        return result;
    }

    /** Starts every installed extension's demo part; what started is returned to be closed. */
    static List<AutoCloseable> startAllInDemo(SentinelConfig config, URI applicationHttp, PrintStream out)
        throws Exception {
        List<AutoCloseable> started = new ArrayList<>();
        for (SentinelExtension extension : installed()) {
            started.add(extension.startInDemo(config, applicationHttp, out));
        }
        return started;
    }
}
