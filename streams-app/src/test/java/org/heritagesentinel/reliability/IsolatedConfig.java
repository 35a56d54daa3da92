package org.heritagesentinel.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import org.heritagesentinel.config.ConfigLoader;
import org.heritagesentinel.config.SentinelConfig;

/**
 * A configuration whose topics and application id are private to one test (suffix {@code tag}), so
 * tests sharing a broker never read each other's records; also written as a properties file for the CLI.
 */
record IsolatedConfig(Map<String, String> values, SentinelConfig config) {

    static IsolatedConfig of(String bootstrap, String registryUrl, String tag, Map<String, String> extra) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("application.id", "sentinel-" + tag);
        v.put("kafka.bootstrap.servers", bootstrap);
        v.put("registry.url", registryUrl);
        v.put("topics.partitions", "3");
        v.put("topics.replication-factor", "1");
        v.put("http.port", "0");
        for (String key : new String[] {"declarations", "seizures", "watchlist-submissions", "watchlist-entries",
            "watchlist-audit", "screening-results", "alerts", "dead-letter"}) {
            v.put("topics." + key, tag + "." + key);
        }
        v.put("topics.authority-decisions-pattern", tag + ".decisions.%s");
        v.putAll(extra);
        return new IsolatedConfig(Map.copyOf(v), ConfigLoader.withOverrides(v));
    }

    IsolatedConfig with(Map<String, String> more) {
        Map<String, String> v = new LinkedHashMap<>(values);
        v.putAll(more);
        return new IsolatedConfig(Map.copyOf(v), ConfigLoader.withOverrides(v));
    }

    Path writeTo(Path file) {
        Properties props = new Properties();
        props.putAll(values);
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            props.store(writer, "test configuration");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
