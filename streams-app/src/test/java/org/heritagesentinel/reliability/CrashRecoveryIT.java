package org.heritagesentinel.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.heritagesentinel.testdata.WatchlistEntries.embargoProfile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.e2e.Clients;
import org.heritagesentinel.e2e.SharedStack;
import org.heritagesentinel.embedded.EmbeddedStack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Crash without loss: the packaged application runs as a separate OS process ({@code sentinel run}) against
 * a real broker, 10,000 declarations stream in (every 20th suspicious), the process is killed with SIGKILL
 * mid-stream twice and restarted; read_committed, every suspicious declaration has exactly one alert, no
 * clean one has any.
 */
class CrashRecoveryIT {
    private static final int DECLARATIONS = 10_000;
    private static final int SUSPICIOUS_EVERY = 20;
    private static final int RATE_PER_SECOND = 400;
    private static final Duration TIMEOUT = Duration.ofMinutes(8);

    private final List<Process> processes = new CopyOnWriteArrayList<>();
    private ScreeningLoad load;

    @AfterEach
    void stop() throws InterruptedException {
        if (load != null) {
            load.close();
        }
        processes.forEach(Process::destroyForcibly);
    }

    @Test
    void shouldRaiseExactlyOneAlertPerSuspiciousDeclarationAcrossRepeatedSigkills() throws Exception {
        EmbeddedStack stack = SharedStack.get();
        Path stateDir = Files.createTempDirectory("sentinel-crash-state-");
        IsolatedConfig isolated = IsolatedConfig.of(stack.kafka().bootstrapServers(), stack.registry().apiUrl(), "crash",
            // a SIGKILLed member is noticed after session.timeout.ms (45 s by default): production sets it lower too
            Map.of("kafka.state.dir", stateDir.toString(), "kafka.session.timeout.ms", "6000",
                "kafka.heartbeat.interval.ms", "1500"));
        stack.prepare(isolated.config());
        Path configFile = isolated.writeTo(Files.createTempFile("sentinel-crash-", ".properties"));
        new Clients(isolated.config()).send(isolated.config().topics().watchlistSubmissions(), "PRF-SY",
            embargoProfile("PRF-SY", List.of("9705", "9706"), List.of("SY")), WatchlistEntry.class);

        long started = System.nanoTime();
        Process app = launch(configFile, 1);
        load = new ScreeningLoad(isolated.config(), "CR", DECLARATIONS, SUSPICIOUS_EVERY, RATE_PER_SECOND).start();

        // When the process is killed (SIGKILL: no shutdown hook, no commit) twice in mid-stream, and restarted
        List<Integer> killedAt = new ArrayList<>();
        for (int kill = 1; kill <= 2; kill++) {
            load.awaitAlerts(kill * DECLARATIONS / SUSPICIOUS_EVERY / 4, TIMEOUT);
            killedAt.add(load.alertCount());
            app.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            assertThat(app.exitValue()).isEqualTo(137);
            app = launch(configFile, kill + 1);
        }

        // Then every suspicious declaration has exactly one NEW alert, and no clean one has any
        Process last = app;
        load.assertExactlyOnce(TIMEOUT, () -> "app alive " + last.isAlive() + ", " + committedLag(stack, isolated));
        System.out.printf("crash: %d declarations (%d suspicious), SIGKILL at %s committed alerts, %d alerts, %.1f s%n",
            DECLARATIONS, load.suspiciousCount(), killedAt, load.alertCount(), (System.nanoTime() - started) / 1e9);
    }

    private Process launch(Path configFile, int run) throws IOException {
        Path jar = Paths.get("target", "sentinel.jar").toAbsolutePath();
        assertThat(jar).as("packaged application (failsafe runs after package)").exists();
        Path log = Paths.get("target", "crash-run-" + run + ".log");
        Process process = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx384m", "-XX:TieredStopAtLevel=1", "-jar", jar.toString(), "run", "-c", configFile.toString())
            .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        processes.add(process);
        return process;
    }

    private static String committedLag(EmbeddedStack stack, IsolatedConfig isolated) {
        try (Admin admin = stack.admin()) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(isolated.config().applicationId())
                .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            committed.keySet().forEach(tp -> latest.put(tp, OffsetSpec.latest()));
            Map<TopicPartition, ListOffsetsResultInfo> end = admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS);
            StringBuilder lag = new StringBuilder("committed/end ");
            committed.forEach((tp, o) -> lag.append(tp).append(' ').append(o.offset()).append('/')
                .append(end.get(tp).offset()).append("; "));
            return lag.toString();
        } catch (Exception e) {
            return "committed offsets unavailable: " + e;
        }
    }
}
