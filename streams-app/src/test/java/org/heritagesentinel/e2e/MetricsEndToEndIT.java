package org.heritagesentinel.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.heritagesentinel.testdata.Declarations.declaration;
import static org.heritagesentinel.testdata.WatchlistEntries.embargoProfile;
import static org.heritagesentinel.testdata.WatchlistEntries.listedParty;

import java.nio.file.Files;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Properties;

import org.apache.kafka.streams.StreamsConfig;
import org.heritagesentinel.app.SentinelApplication;
import org.heritagesentinel.avro.Alert;
import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.config.SentinelConfig;
import org.heritagesentinel.config.Topics;
import org.heritagesentinel.contract.RecordKeys;
import org.heritagesentinel.embedded.EmbeddedStack;
import org.heritagesentinel.serde.SentinelSerdes;
import org.heritagesentinel.testkit.Executables;
import org.heritagesentinel.testkit.PrometheusServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Ops see what happened: the application on a real broker, a real Prometheus scraping its
 * {@code /metrics}, and the counters and latency histogram read back through Prometheus' API.
 */
class MetricsEndToEndIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    private static SentinelApplication app;
    private static PrometheusServer prometheus;

    @BeforeAll
    static void start() throws Exception {
        Executables.requirePrometheusTool("prometheus");
        EmbeddedStack stack = SharedStack.get();
        Map<String, String> isolated = new HashMap<>();
        isolated.put("application.id", "sentinel-metrics-it");
        Topics defaults = Topics.defaults();
        for (String[] topic : new String[][] {{"declarations", defaults.declarations()}, {"alerts", defaults.alerts()},
            {"watchlist-submissions", defaults.watchlistSubmissions()}, {"watchlist-entries", defaults.watchlistEntries()},
            {"dead-letter", defaults.deadLetter()}}) {
            isolated.put("topics." + topic[0], topic[1] + ".metrics-it");
        }
        SentinelConfig config = stack.config(isolated);
        stack.prepare(config);
        Clients clients = new Clients(config);
        Properties overrides = new Properties();
        overrides.put(StreamsConfig.STATE_DIR_CONFIG, Files.createTempDirectory("sentinel-metrics-it-").toString());
        app = new SentinelApplication(config, new SentinelSerdes(config), overrides);
        clients.send(config.topics().watchlistSubmissions(), "PTY-1", listedParty("PTY-1", "Mohamed El Ouazzani", null),
            WatchlistEntry.class);
        clients.send(config.topics().watchlistSubmissions(), "PRF-SY",
            embargoProfile("PRF-SY", List.of("9705"), List.of("SY")), WatchlistEntry.class);
        app.start();
        await().atMost(TIMEOUT).until(() -> app.isReady() && app.watchlist().size() == 2);

        for (int i = 0; i < 5; i++) {
            send(clients, config, declaration("M-CLEAN-" + i).build());
        }
        send(clients, config, declaration("M-PARTY").exporter("Mohamed El Ouazzani").build());
        send(clients, config, declaration("M-EMBARGO").item("970510", "archaeological collection", "SY").build());
        send(clients, config, declaration("M-BOTH").exporter("Mohamed El Ouazzani")
            .item("970510", "archaeological collection", "SY").build());
        assertThat(clients.readValues(config.topics().alerts(), Alert.class, r -> r.size() >= 3, TIMEOUT)).hasSize(3);

        prometheus = PrometheusServer.scraping(app.httpUri().resolve("/metrics"));
    }

    private static void send(Clients clients, SentinelConfig config, CustomsDeclaration d) {
        clients.send(config.topics().declarations(), RecordKeys.declaration(d), d, CustomsDeclaration.class);
    }

    @AfterAll
    static void stop() throws Exception {
        if (prometheus != null) {
            prometheus.close();
        }
        if (app != null) {
            app.close();
        }
    }

    @Test
    void shouldExposeScreeningCountersAndTheLatencyHistogramToPrometheus() throws Exception {
        awaitValue("sum(sentinel_declarations_screened_total)", 8);
        awaitValue("sum(sentinel_alerts_total{status=\"NEW\"})", 3);
        awaitValue("sum(sentinel_alerts_total{status=\"NEW\",lane=\"RED\"})", 3);
        awaitValue("sum(sentinel_alert_hits_total{rule=\"PARTY_WATCHLIST\"})", 2);
        awaitValue("sum(sentinel_alert_hits_total{rule=\"EMBARGO_ORIGIN\"})", 2);
        awaitValue("sum(sentinel_screening_latency_seconds_count)", 3);
        awaitValue("sum(sentinel_source_lag_seconds_count)", 8);
        OptionalDouble p99 = prometheus.query(
            "histogram_quantile(0.99, sum by (le) (sentinel_screening_latency_seconds_bucket))");
        assertThat(p99).isPresent();
        assertThat(p99.getAsDouble()).isPositive().isLessThan(60);
        awaitValue("sum(sentinel_watchlist_entries)", 2);
    }

    private static void awaitValue(String promql, double expected) {
        await().atMost(TIMEOUT).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            OptionalDouble value = prometheus.query(promql);
            assertThat(value).as(promql).isPresent();
            assertThat(value.getAsDouble()).as(promql).isEqualTo(expected);
        });
    }
}
