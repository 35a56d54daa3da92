package org.heritagesentinel.reliability;

import static org.awaitility.Awaitility.await;
import static org.heritagesentinel.testdata.WatchlistEntries.embargoProfile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.streams.StreamsConfig;
import org.heritagesentinel.app.SentinelApplication;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.e2e.Clients;
import org.heritagesentinel.e2e.SharedStack;
import org.heritagesentinel.embedded.EmbeddedStack;
import org.heritagesentinel.serde.SentinelSerdes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An upgrade as operators do it: two instances (one standby replica each) screen a paced stream, and
 * each is stopped and started again on its own state directory in turn, the other one carrying the
 * load meanwhile; read_committed, every suspicious declaration has exactly one alert, no clean one any.
 */
class RollingRestartIT {
    private static final int DECLARATIONS = 3_000;
    private static final int SUSPICIOUS_EVERY = 20;
    private static final int RATE_PER_SECOND = 150;
    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    private final List<SentinelApplication> running = new ArrayList<>();
    private ScreeningLoad load;

    @AfterEach
    void stop() throws InterruptedException {
        if (load != null) {
            load.close();
        }
        running.forEach(SentinelApplication::close);
    }

    @Test
    void shouldLoseNothingAndDuplicateNothingWhileEachInstanceIsRestartedInTurn() throws Exception {
        // Given two instances screening a stream, every 20th declaration suspicious
        EmbeddedStack stack = SharedStack.get();
        IsolatedConfig isolated = IsolatedConfig.of(stack.kafka().bootstrapServers(), stack.registry().apiUrl(), "rolling",
            Map.of("kafka.session.timeout.ms", "10000", "kafka.heartbeat.interval.ms", "2000"));
        stack.prepare(isolated.config());
        new Clients(isolated.config()).send(isolated.config().topics().watchlistSubmissions(), "PRF-SY",
            embargoProfile("PRF-SY", List.of("9705", "9706"), List.of("SY")), WatchlistEntry.class);
        Path[] stateDirs = {Files.createTempDirectory("sentinel-rolling-a-"), Files.createTempDirectory("sentinel-rolling-b-")};
        SentinelApplication[] instances = {start(isolated, "a", stateDirs[0]), start(isolated, "b", stateDirs[1])};
        await().atMost(TIMEOUT).until(() -> instances[0].isReady() && instances[1].isReady());
        load = new ScreeningLoad(isolated.config(), "RR", DECLARATIONS, SUSPICIOUS_EVERY, RATE_PER_SECOND).start();

        // When each instance in turn is stopped mid-stream and started again on its state directory
        for (int i = 0; i < instances.length; i++) {
            load.awaitSent((i + 1) * DECLARATIONS / 3, TIMEOUT);
            instances[i].close();
            running.remove(instances[i]);
            instances[i] = start(isolated, i == 0 ? "a" : "b", stateDirs[i]);
            SentinelApplication restarted = instances[i];
            await().atMost(TIMEOUT).until(restarted::isReady);
        }

        // Then every suspicious declaration has exactly one NEW alert, and no clean one has any
        load.assertExactlyOnce(TIMEOUT, () -> "instances " + instances[0].state() + " / " + instances[1].state());
        System.out.printf("rolling restart: %d declarations (%d suspicious), %d alerts%n", DECLARATIONS,
            load.suspiciousCount(), load.alertCount());
    }

    private SentinelApplication start(IsolatedConfig isolated, String name, Path stateDir) {
        Properties props = new Properties();
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put(StreamsConfig.CLIENT_ID_CONFIG, "sentinel-rolling-" + name);
        SentinelApplication app = new SentinelApplication(isolated.config(), new SentinelSerdes(isolated.config()), props);
        app.start();
        running.add(app);
        return app;
    }
}
