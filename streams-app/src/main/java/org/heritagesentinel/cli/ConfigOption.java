package org.heritagesentinel.cli;

import java.nio.file.Path;

import org.heritagesentinel.app.Reachability;
import org.heritagesentinel.config.ConfigLoader;
import org.heritagesentinel.config.SentinelConfig;
import picocli.CommandLine.Option;

/** {@code --config FILE}, shared by the commands that talk to an existing cluster (the dev tools' {@code simulate} too). */
public final class ConfigOption {
    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
        description = "Properties file (defaults, then this file, then SENTINEL_* environment variables).")
    Path file;

    SentinelConfig load() {
        return ConfigLoader.load(file, System.getenv());
    }

    /** The configuration, once the brokers answer (and the registry, when the command reads or writes Avro). */
    public SentinelConfig loadReachable(boolean registry) {
        SentinelConfig config = load();
        Reachability.kafka(config, Reachability.TIMEOUT);
        if (registry) {
            Reachability.registry(config, Reachability.TIMEOUT);
        }
        return config;
    }
}
