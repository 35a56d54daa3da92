package org.heritagesentinel.devtools;

import java.util.List;

import org.heritagesentinel.bench.BenchCommand;
import org.heritagesentinel.cli.SentinelExtension;
import org.heritagesentinel.demo.DemoCommand;
import org.heritagesentinel.simulate.SimulateCommand;

/**
 * Adds the developers' commands to {@code sentinel}: {@code demo} and {@code bench} on a broker and registry of
 * their own, {@code simulate} against any cluster. They live outside the production jar, which runs no broker.
 */
public final class DevToolsExtension implements SentinelExtension {

    @Override
    public List<Object> commands() {
        return List.of(new DemoCommand(), new BenchCommand(), new SimulateCommand());
    }
}
