package org.heritagesentinel.cli;

import java.nio.file.Path;

import org.heritagesentinel.config.ConfigLoader;
import org.heritagesentinel.config.SentinelConfig;
import picocli.CommandLine.Option;

/** {@code --config FILE}, shared by the commands that talk to an existing cluster. */
final class ConfigOption {
    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
        description = "Properties file (defaults, then this file, then SENTINEL_* environment variables).")
    Path file;

    SentinelConfig load() {
        return ConfigLoader.load(file, System.getenv());
    }
}
