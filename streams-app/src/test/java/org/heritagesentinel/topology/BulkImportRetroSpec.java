package org.heritagesentinel.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.heritagesentinel.testdata.Declarations.declaration;
import static org.heritagesentinel.testdata.WatchlistEntries.listedParty;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.heritagesentinel.avro.Alert;
import org.heritagesentinel.avro.AlertStatus;
import org.heritagesentinel.avro.Hit;
import org.heritagesentinel.avro.Lane;
import org.heritagesentinel.avro.SubjectType;
import org.heritagesentinel.screening.PeriodReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A bulk import must not bury analysts under retro alerts: its retro alerts are capped together
 * and the matches beyond the cap are reported, not dropped, in one summary alert to the listing
 * authority once the import has gone quiet.
 */
class BulkImportRetroSpec {
    private final TopologyHarness harness = new TopologyHarness(Map.of("topics.partitions", "1",
        "retro.max-alerts-per-import", "2", "retro.import-quiet-period", "PT1M"), PeriodReader.NONE);

    @BeforeEach
    void fiveDeclarationsOfTheSameExporterScreenedClean() {
        for (int i = 1; i <= 5; i++) {
            harness.declare(declaration("D-" + i).exporter("Karim Haddad").build());
        }
        assertThat(harness.alerts.isEmpty()).isTrue();
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void shouldCapTheRetroAlertsOfAnImportAndSummariseTheRestOnceItIsQuiet() {
        // When an import lists the exporter
        harness.importEntry(listedParty("PTY-IMP", "Karim Haddad", null), "IMP-1");

        // Then only the cap alerts at once
        List<Alert> retro = harness.alerts.readValuesToList();
        assertThat(retro).hasSize(2).allSatisfy(alert -> assertThat(alert.getRetro()).isTrue());

        // And once the import has been quiet for the period, one summary names the three held back
        harness.driver.advanceWallClockTime(Duration.ofMinutes(2));
        assertThat(harness.alerts.readValuesToList()).singleElement().satisfies(summary -> {
            assertThat(summary.getSubjectType()).isEqualTo(SubjectType.WATCHLIST_IMPORT);
            assertThat(summary.getStatus()).isEqualTo(AlertStatus.NEW);
            assertThat(summary.getLane()).isEqualTo(Lane.YELLOW);
            assertThat(summary.getRecipients()).containsExactly("JO");
            assertThat(summary.getSummary()).contains("IMP-1", "3 retro matches held back", "(2 alerted)");
            assertThat(summary.getHits()).hasSize(3).allSatisfy(hit -> assertThat(hit.getEntryId()).isEqualTo("PTY-IMP"))
                .extracting(Hit::getExplanation).noneMatch(text -> retro.stream()
                    .anyMatch(alert -> text.startsWith("declaration " + alert.getSubjectKey() + ":")));
        });
    }

    @Test
    void shouldNotSummariseWhileTheImportIsStillArriving() {
        harness.importEntry(listedParty("PTY-IMP", "Karim Haddad", null), "IMP-2");
        harness.alerts.readValuesToList();

        harness.driver.advanceWallClockTime(Duration.ofSeconds(30));

        assertThat(harness.alerts.isEmpty()).isTrue();
    }

    @Test
    void shouldSummariseOnlyOnceWhenNothingMoreIsHeldBack() {
        harness.importEntry(listedParty("PTY-IMP", "Karim Haddad", null), "IMP-3");
        harness.alerts.readValuesToList();
        harness.driver.advanceWallClockTime(Duration.ofMinutes(2));
        assertThat(harness.alerts.readValuesToList()).hasSize(1);

        harness.driver.advanceWallClockTime(Duration.ofMinutes(5));

        assertThat(harness.alerts.isEmpty()).isTrue();
    }

    @Test
    void shouldAlertEveryMatchOfAChangeMadeOutsideAnImport() {
        harness.list(listedParty("PTY-ONE", "Karim Haddad", null));

        harness.driver.advanceWallClockTime(Duration.ofMinutes(2));

        assertThat(harness.alerts.readValuesToList()).hasSize(5).allSatisfy(alert ->
            assertThat(alert.getSubjectType()).isEqualTo(SubjectType.DECLARATION));
    }
}
