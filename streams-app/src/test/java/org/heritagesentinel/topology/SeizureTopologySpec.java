package org.heritagesentinel.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.heritagesentinel.testdata.Declarations.declaration;
import static org.heritagesentinel.testdata.Seizures.seizure;

import java.time.Instant;
import java.util.List;

import org.heritagesentinel.avro.Alert;
import org.heritagesentinel.avro.AlertStatus;
import org.heritagesentinel.avro.EntrySource;
import org.heritagesentinel.avro.RuleType;
import org.heritagesentinel.avro.SubjectType;
import org.heritagesentinel.testdata.Seizures;
import org.heritagesentinel.testdata.WatchlistEntries;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SeizureTopologySpec {
    private TopologyHarness harness;

    @BeforeEach
    void start() {
        harness = new TopologyHarness();
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void shouldMakeTheNextDeclarationOfASeizedExporterInAnotherCountryARepeatOffenderRoutedToBoth() {
        // Given Morocco seized Roman coins shipped by Rachid Toumi in a container
        Seizures moroccanSeizure = seizure("S-1").by("MA").exporter("Rachid Toumi").container("MSKU7654321")
            .coins("Casablanca customs warehouse, vault 3");
        harness.seize(moroccanSeizure.key(), moroccanSeizure.build());

        // When Rachid Toumi declares an export in Jordan
        harness.declare(declaration("D-200").authority("JO").exporter("Rachid TOUMI").build());

        // Then Jordan's alert is a REPEAT_OFFENDER hit, routed to Jordan and to Morocco
        List<Alert> alerts = harness.alerts.readValuesToList();
        assertThat(alerts).hasSize(1);
        Alert alert = alerts.get(0);
        assertThat(alert.getSubjectKey()).isEqualTo("JO:ASYCUDA:D-200");
        assertThat(alert.getHits()).singleElement().satisfies(hit -> {
            assertThat(hit.getRuleType()).isEqualTo(RuleType.REPEAT_OFFENDER);
            assertThat(hit.getEntryId()).startsWith("SZ:MA:S-1:");
            assertThat(hit.getExplanation()).contains("seizure S-1 by MA");
        });
        assertThat(alert.getRecipients()).contains("JO", "MA");
        assertThat(harness.parts.index().get("SZ:MA:S-1:P0").getSource()).isEqualTo(EntrySource.SEIZURE);
        assertThat(harness.parts.index().get("SZ:MA:S-1:O0").getObject().getObjectType()).isEqualTo("coin");
    }

    @Test
    void shouldStopFlaggingOnceTheSeizureIsWithdrawn() {
        Seizures reported = seizure("S-2").exporter("Rachid Toumi");
        harness.seize(reported.key(), reported.build());
        harness.seize(reported.key(), seizure("S-2").version(1).exporter("Rachid Toumi").withdrawn().build());

        harness.declare(declaration("D-201").exporter("Rachid Toumi").build());

        assertThat(harness.alerts.isEmpty()).isTrue();
        assertThat(harness.parts.index().get("SZ:MA:S-2:P0")).isNull();
    }

    @Test
    void shouldReplaceTheEntriesOfACorrectedSeizure() {
        harness.seize("MA:S-3", seizure("S-3").exporter("Rachid Toumi").container("MSKU7654321").build());
        harness.seize("MA:S-3", seizure("S-3").version(1).exporter("Karim Bennani").build());

        harness.declare(declaration("D-202").exporter("Rachid Toumi").build());
        harness.declare(declaration("D-203").exporter("Karim Bennani").build());

        assertThat(harness.alerts.readValuesToList()).extracting(Alert::getSubjectKey).containsExactly("JO:ASYCUDA:D-203");
        assertThat(harness.parts.index().get("SZ:MA:S-3:C")).isNull();
    }

    @Test
    void shouldStillFeedTheWatchlistFromASeizureReportedFortyDaysLate() {
        Instant seized = Instant.parse("2026-10-01T08:00:00Z");
        harness.seize("MA:S-4", seizure("S-4").seizedAt(seized, seized.plus(java.time.Duration.ofDays(40)))
            .exporter("Rachid Toumi").build());

        harness.declare(declaration("D-204").exporter("Rachid Toumi").build());

        assertThat(harness.alerts.readValuesToList()).extracting(Alert::getSubjectKey).containsExactly("JO:ASYCUDA:D-204");
    }

    @Test
    void shouldRaiseConfirmedIntelligenceWhenASeizureInvolvesAListedParty() {
        harness.list(WatchlistEntries.listedParty("PTY-1", "Mohamed El Ouazzani", null));

        harness.seize("MA:S-5", seizure("S-5").exporter("Mohamed El Ouazzani").build());

        Alert alert = harness.alerts.readValue();
        assertThat(alert.getSubjectType()).isEqualTo(SubjectType.SEIZURE);
        assertThat(alert.getStatus()).isEqualTo(AlertStatus.NEW);
        assertThat(alert.getSummary()).contains("confirmed intelligence");
        assertThat(alert.getHits()).extracting(h -> h.getEntryId()).containsExactly("PTY-1");
    }
}
