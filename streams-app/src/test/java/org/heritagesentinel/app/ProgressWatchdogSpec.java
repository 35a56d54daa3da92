package org.heritagesentinel.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.streams.KafkaStreams;
import org.heritagesentinel.http.HealthProbe;
import org.heritagesentinel.http.HealthReport;
import org.junit.jupiter.api.Test;

/** A stream thread whose poll count stands still for the configured time has its tasks named stalled. */
class ProgressWatchdogSpec {
    private static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");
    private final ProgressWatchdog watchdog = new ProgressWatchdog(Duration.ofMinutes(2));

    @Test
    void aThreadThatKeepsPollingIsNeverStalled() {
        for (int second = 0; second <= 600; second += 10) {
            assertThat(watchdog.check(Map.of("t1", progress(second, "0_1")), T0.plusSeconds(second))).isEmpty();
        }
    }

    @Test
    void aThreadWithoutProgressForTheConfiguredTimeHasItsTasksNamedUntilItMovesAgain() {
        watchdog.check(Map.of("t1", progress(7, "0_1", "1_1"), "t2", progress(3, "0_2")), T0);
        assertThat(watchdog.check(Map.of("t1", progress(7, "0_1", "1_1"), "t2", progress(4, "0_2")), T0.plusSeconds(119)))
            .isEmpty();

        Map<String, Duration> stalled = watchdog.check(Map.of("t1", progress(7, "0_1", "1_1"), "t2", progress(5, "0_2")),
            T0.plusSeconds(120));

        assertThat(stalled).containsOnlyKeys("0_1", "1_1").containsEntry("0_1", Duration.ofSeconds(120));
        assertThat(watchdog.stalledTasks()).isEqualTo(stalled);
        assertThat(watchdog.check(Map.of("t1", progress(8, "0_1", "1_1"), "t2", progress(6, "0_2")), T0.plusSeconds(121)))
            .isEmpty();
        assertThat(watchdog.stalledTasks()).isEmpty();
    }

    @Test
    void readinessIsDownWhileATaskIsStalledAndNamesIt() {
        HealthProbe probe = new HealthProbe() {
            @Override
            public KafkaStreams.State state() {
                return KafkaStreams.State.RUNNING;
            }

            @Override
            public boolean watchlistLoaded() {
                return true;
            }

            @Override
            public Set<String> stalledTasks() {
                return Set.of("0_1");
            }
        };

        HealthReport ready = HealthReport.readiness(probe);

        assertThat(ready.httpStatus()).isEqualTo(503);
        assertThat(ready.toJson()).isEqualTo(
            "{\"status\":\"DOWN\",\"state\":\"RUNNING\",\"watchlistLoaded\":true,\"stalledTasks\":[\"0_1\"]}");
        assertThat(HealthReport.liveness(probe).httpStatus()).isEqualTo(200);
    }

    private static ProgressWatchdog.ThreadProgress progress(long polls, String... tasks) {
        return new ProgressWatchdog.ThreadProgress(polls, Set.of(tasks));
    }
}
