package org.heritagesentinel.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.heritagesentinel.testdata.Declarations.declaration;
import static org.heritagesentinel.testdata.WatchlistEntries.embargoProfile;
import static org.heritagesentinel.testdata.WatchlistEntries.listedParty;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.heritagesentinel.avro.Alert;
import org.heritagesentinel.config.ConfigLoader;
import org.heritagesentinel.contract.RecordKeys;
import org.heritagesentinel.screening.PeriodReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The retro key index lives in memory only: an application started again on the state it left must
 * find, from the recent declarations alone, the same declarations for a watchlist change as before.
 */
class RetroIndexRestartSpec {
    private static final Instant TEN_DAYS_AGO = Instant.parse("2026-11-10T08:00:00Z");

    @TempDir
    Path stateDir;
    @TempDir
    Path disk;

    @Test
    void shouldFindTheDeclarationsScreenedBeforeARestart() throws IOException {
        // Given declarations screened clean ten days ago by an application that then stopped
        try (TopologyHarness first = new TopologyHarness(Map.of(), PeriodReader.NONE, keepingTaskState())) {
            first.declare(declaration("D-1").acceptedAt(TEN_DAYS_AGO).exporter("Karim Haddad").build());
            first.declare(declaration("D-2").acceptedAt(TEN_DAYS_AGO).exporter("Layla Nasser")
                .item("970510", "archaeological pieces", "SY").build());
            first.declare(declaration("D-3").acceptedAt(TEN_DAYS_AGO).exporter("Omar Khalil").build());
            assertThat(first.alerts.isEmpty()).isTrue();
        }

        // When it starts again on the same state
        try (TopologyHarness restarted = new TopologyHarness(Map.of(), PeriodReader.NONE, keepingTaskState())) {
            assertThat(restarted.driver.getKeyValueStore(SentinelTopology.RECENT_DECLARATIONS_STORE).get(key("D-2")))
                .isNotNull();

            // Then a party listed and a profile published after the restart find the declarations screened before it
            restarted.list(listedParty("PTY-9", "Karim Haddad", null));
            restarted.list(embargoProfile("PRF-SY", List.of("9705"), List.of("SY")));
            List<Alert> alerts = restarted.alerts.readValuesToList();
            assertThat(alerts).extracting(Alert::getSubjectKey).containsExactly(key("D-1"), key("D-2"));
            assertThat(alerts).allSatisfy(alert -> assertThat(alert.getRetro()).isTrue());
        }
    }

    /**
     * The state dir, its task directory a link to {@link #disk}: the test driver deletes its task
     * directories when closed, and deleting a link leaves what it points to, as a real restart finds it.
     */
    private Path keepingTaskState() throws IOException {
        String applicationId = ConfigLoader.withOverrides(Map.of("kafka.bootstrap.servers", "dummy:9092")).applicationId();
        Path task = Files.createDirectories(stateDir.resolve(applicationId)).resolve("0_0");
        Files.createDirectories(disk.resolve("0_0"));
        Files.deleteIfExists(task);
        Files.createSymbolicLink(task, disk.resolve("0_0"));
        return stateDir;
    }

    private static String key(String declarationId) {
        return RecordKeys.declaration(declaration(declarationId).build());
    }
}
