package org.heritagesentinel.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.heritagesentinel.testdata.Declarations.declaration;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.heritagesentinel.testdata.WatchlistEntries;
import org.junit.jupiter.api.Test;

/**
 * The match index is complete after a restart (persistent global store, index rebuilt from it) and
 * after the store is restored from the watchlist topic on a fresh instance (empty state directory).
 */
class WatchlistIndexRestartIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(180);
    private static final int ENTRIES = 60;

    @Test
    void shouldHaveEveryEntryIndexedAfterARestartAndAfterARestoreFromTheTopic() throws Exception {
        EmbeddedStack stack = SharedStack.get();
        Map<String, String> isolated = new HashMap<>();
        isolated.put("application.id", "sentinel-index-restart-it");
        Topics defaults = Topics.defaults();
        isolated.put("topics.declarations", defaults.declarations() + ".index-it");
        isolated.put("topics.alerts", defaults.alerts() + ".index-it");
        isolated.put("topics.watchlist-submissions", defaults.watchlistSubmissions() + ".index-it");
        isolated.put("topics.watchlist-entries", defaults.watchlistEntries() + ".index-it");
        SentinelConfig config = stack.config(isolated);
        stack.prepare(config);
        Clients clients = new Clients(config);
        for (int i = 0; i < ENTRIES; i++) {
            String id = String.format("PTY-R%03d", i);
            clients.send(config.topics().watchlistSubmissions(), id,
                WatchlistEntries.listedParty(id, "Listed Trader " + (char) ('A' + i % 26) + i, "ID-" + i), WatchlistEntry.class);
        }
        clients.send(config.topics().watchlistSubmissions(), "PTY-R000", null, WatchlistEntry.class);
        Path stateDir = Files.createTempDirectory("sentinel-index-it-");

        // first run: the entries flow through validation into the table
        try (SentinelApplication first = start(config, stateDir)) {
            await().atMost(TIMEOUT).untilAsserted(() -> {
                assertThat(first.isReady()).isTrue();
                assertThat(first.watchlist().size()).as("entries indexed").isEqualTo(ENTRIES - 1);
            });
        }
        // restart on the same state directory: the index is rebuilt from the persistent store
        try (SentinelApplication restarted = start(config, stateDir)) {
            await().atMost(TIMEOUT).until(restarted::isReady);
            assertThat(restarted.watchlist().size()).isEqualTo(ENTRIES - 1);
            assertThat(restarted.watchlist().get("PTY-R000")).isNull();
            assertThat(restarted.watchlist().get("PTY-R059")).isNotNull();
        }
        // a fresh instance: the store is restored from the topic, the index with it, and screening uses it
        try (SentinelApplication fresh = start(config, Files.createTempDirectory("sentinel-index-it-fresh-"))) {
            await().atMost(TIMEOUT).until(fresh::isReady);
            assertThat(fresh.watchlist().size()).isEqualTo(ENTRIES - 1);
            CustomsDeclaration d = declaration("IDX-1").importer("Anybody", "ID-42").build();
            clients.send(config.topics().declarations(), RecordKeys.declaration(d), d, CustomsDeclaration.class);
            List<?> alerts = clients.readValues(config.topics().alerts(), Alert.class,
                r -> r.stream().anyMatch(a -> a.key().equals("JO:ASYCUDA:IDX-1")), TIMEOUT);
            assertThat(alerts).isNotEmpty();
        }
    }

    private static SentinelApplication start(SentinelConfig config, Path stateDir) {
        Properties overrides = new Properties();
        overrides.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        SentinelApplication app = new SentinelApplication(config, new SentinelSerdes(config), overrides);
        app.start();
        return app;
    }
}
