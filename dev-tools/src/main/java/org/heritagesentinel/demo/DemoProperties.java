package org.heritagesentinel.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.heritagesentinel.config.ConfigLoader;
import org.heritagesentinel.config.SentinelConfig;
import org.heritagesentinel.config.Topics;

/**
 * The demo's configuration as a properties file every command reads ({@code -c demo.properties}): the
 * embedded broker and registry, the topics, one replica. The demo itself loads it the way {@code run}
 * loads its file, so {@code SENTINEL_*} environment settings apply on top — except the addresses and
 * layout of its own broker, which only the demo knows.
 */
public final class DemoProperties {
    /** Keys only the demo can set: its broker's address, its registry's, the topic layout it created. */
    private static final List<String> OWN = List.of("kafka.bootstrap.servers", "registry.url", "topics.partitions",
        "topics.replication-factor");

    private DemoProperties() {
    }

    /**
     * Writes {@code file} — the stack's addresses, the topics in use, the demo's short escalation delay — and
     * loads it as {@code run -c file} does: defaults, then the file, then the environment. An environment
     * setting of a key only the demo can set is left out and reported to {@code ignored}.
     */
    public static SentinelConfig writeAndLoad(Path file, String bootstrapServers, String registryUrl, Duration escalateRedAfter,
                                              Map<String, String> environment, Consumer<String> ignored) {
        Map<String, String> applicable = new HashMap<>(environment);
        for (String key : OWN) {
            String name = "SENTINEL_" + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
            if (applicable.remove(name) != null) {
                ignored.accept(name);
            }
        }
        Topics topics = ConfigLoader.load(null, applicable).topics();
        write(file, bootstrapServers, registryUrl, topics, escalateRedAfter);
        return ConfigLoader.load(file, applicable);
    }

    private static void write(Path file, String bootstrapServers, String registryUrl, Topics topics, Duration escalateRedAfter) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("kafka.bootstrap.servers", bootstrapServers);
        values.put("registry.url", registryUrl);
        values.put("topics.partitions", "3");
        values.put("topics.replication-factor", "1");
        values.put("topics.declarations", topics.declarations());
        values.put("topics.seizures", topics.seizures());
        values.put("topics.watchlist-submissions", topics.watchlistSubmissions());
        values.put("topics.watchlist-entries", topics.watchlistEntries());
        values.put("topics.watchlist-audit", topics.watchlistAudit());
        values.put("topics.screening-results", topics.screeningResults());
        values.put("topics.alerts", topics.alerts());
        values.put("topics.authority-decisions-pattern", topics.authorityDecisionsPattern());
        values.put("topics.dead-letter", topics.deadLetter());
        values.put("topics.authority-alerts-pattern", topics.authorityAlertsPattern());
        values.put("topics.unrouted-alerts", topics.unroutedAlerts());
        values.put("topics.outcomes", topics.outcomes());
        values.put("topics.exchange-rates", topics.exchangeRates());
        values.put("application.id", "sentinel-demo");
        // another `sentinel run -c demo.properties` joins the demo as a second instance on a free port
        values.put("http.port", "0");
        values.put("alerts.escalate-red-after", escalateRedAfter.toString());
        StringBuilder text = new StringBuilder();
        text.append("# Written by `sentinel demo` at ").append(Instant.now()).append(": its embedded broker and registry,\n")
            .append("# reachable while the demo runs. Try: ./sentinel alerts tail -c ").append(file.getFileName()).append('\n');
        values.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

}
