package org.heritagesentinel.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.heritagesentinel.testdata.Declarations.declaration;
import static org.heritagesentinel.testdata.WatchlistEntries.profile;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.heritagesentinel.avro.Alert;
import org.heritagesentinel.avro.AlertStatus;
import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.avro.DeclarationType;
import org.heritagesentinel.avro.DocumentReference;
import org.heritagesentinel.avro.DocumentType;
import org.heritagesentinel.avro.EntryStatus;
import org.heritagesentinel.avro.Hit;
import org.heritagesentinel.avro.RiskProfile;
import org.heritagesentinel.avro.RuleType;
import org.heritagesentinel.avro.WatchlistEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The stateful rules: split shipments (per party, in event time) and overdue temporary exports (wall clock). */
class StatefulRulesSpec {
    private static final Instant DAY_0 = Instant.parse("2026-11-10T08:00:00Z");

    private final TopologyHarness harness = new TopologyHarness();

    @AfterEach
    void stop() {
        harness.close();
    }

    // ------------------------------------------------------------------ SPLIT_SHIPMENT

    @Test
    void shouldFlagEveryPartOfAShipmentSplitByOneParty() {
        harness.list(splitProfile());

        harness.declare(coins("D-1", DAY_0));
        harness.declare(coins("D-2", DAY_0.plus(Duration.ofDays(2))));
        assertThat(harness.alerts.isEmpty()).isTrue();
        harness.declare(coins("D-3", DAY_0.plus(Duration.ofDays(5))));

        List<Alert> alerts = harness.alerts.readValuesToList();
        assertThat(alerts).extracting(Alert::getSubjectKey)
            .containsExactlyInAnyOrder("JO:ASYCUDA:D-1", "JO:ASYCUDA:D-2", "JO:ASYCUDA:D-3");
        assertThat(alerts).allSatisfy(a -> {
            assertThat(a.getStatus()).isEqualTo(AlertStatus.NEW);
            assertThat(a.getHits()).singleElement().satisfies(hit -> {
                assertThat(hit.getRuleType()).isEqualTo(RuleType.SPLIT_SHIPMENT);
                assertThat(hit.getEvidence().get(0).getMethod()).isEqualTo("split-shipment");
                assertThat(hit.getExplanation()).contains("3 shipments of Amman Antiques LLC");
            });
        });

        // a fourth part is flagged on its own; the first three are not alerted again
        harness.declare(coins("D-4", DAY_0.plus(Duration.ofDays(6))));
        assertThat(harness.alerts.readValuesToList()).extracting(Alert::getSubjectKey).containsExactly("JO:ASYCUDA:D-4");
        // and a redelivered part keeps its hit without a new alert record
        harness.declare(coins("D-2", DAY_0.plus(Duration.ofDays(2))));
        assertThat(harness.alerts.isEmpty()).isTrue();
    }

    @Test
    void shouldCountOnlyTheShipmentsAcceptedWhileAProfileIsLive() {
        // declarations no split-shipment profile covers are not kept per party (nearly all of them: that would be two writes each)
        harness.declare(coins("D-11", DAY_0));
        harness.declare(coins("D-12", DAY_0.plus(Duration.ofDays(1))));
        harness.list(splitProfile());

        harness.declare(coins("D-13", DAY_0.plus(Duration.ofDays(2))));
        harness.declare(coins("D-14", DAY_0.plus(Duration.ofDays(3))));
        assertThat(harness.alerts.isEmpty()).isTrue();
        harness.declare(coins("D-15", DAY_0.plus(Duration.ofDays(4))));

        assertThat(harness.alerts.readValuesToList()).extracting(Alert::getSubjectKey)
            .containsExactlyInAnyOrder("JO:ASYCUDA:D-13", "JO:ASYCUDA:D-14", "JO:ASYCUDA:D-15");
    }

    @Test
    void shouldNotCountShipmentsOutsideTheWindowOrOfOtherGoods() {
        harness.list(splitProfile());

        harness.declare(coins("D-5", DAY_0.minus(Duration.ofDays(15))));
        harness.declare(coins("D-6", DAY_0));
        harness.declare(declaration("D-7").acceptedAt(DAY_0.plus(Duration.ofDays(1))).importer("Amman Antiques LLC", "JO-5551")
            .item("940360", "chairs", "SY").build());
        harness.declare(coins("D-8", DAY_0.plus(Duration.ofDays(2))));

        assertThat(harness.alerts.isEmpty()).isTrue();
    }

    // ------------------------------------------------------------------ TEMP_EXPORT_OVERDUE

    @Test
    void shouldRaiseAnOverdueTemporaryExportOnTheWallClockAndNotOneThatCameBack() {
        harness.list(profile("PRF-TEMP", 50, "Antiquities Law art. 23", RiskProfile.newBuilder()
            .setRuleType(RuleType.TEMP_EXPORT_OVERDUE).setHsPrefixes(List.of("97"))));
        harness.declare(temporaryExport("X-1", "JO-TEL-2026-9"));
        harness.declare(temporaryExport("X-2", "JO-TEL-2026-10"));
        CustomsDeclaration reimport = declaration("I-2").item("970300", "bronze statue", "JO").build();
        reimport.setDocuments(List.of(licence("JO-TEL-2026-10", null)));
        harness.declare(reimport);

        harness.driver.advanceWallClockTime(Duration.ofDays(2)); // before the re-import date
        assertThat(harness.alerts.isEmpty()).isTrue();

        harness.driver.advanceWallClockTime(Duration.ofDays(4)); // past it
        List<Alert> alerts = harness.alerts.readValuesToList();
        assertThat(alerts).singleElement().satisfies(alert -> {
            assertThat(alert.getSubjectKey()).isEqualTo("JO:ASYCUDA:X-1");
            Hit hit = alert.getHits().get(0);
            assertThat(hit.getRuleType()).isEqualTo(RuleType.TEMP_EXPORT_OVERDUE);
            assertThat(hit.getExplanation()).contains("JOTEL20269", "not re-imported by 2026-11-25");
        });

        harness.driver.advanceWallClockTime(Duration.ofHours(2)); // checked again: raised once only
        assertThat(harness.alerts.isEmpty()).isTrue();
    }

    @Test
    void shouldRaiseNothingWhileTheOverdueProfileIsADraft() {
        WatchlistEntry draft = profile("PRF-TEMP", 50, null, RiskProfile.newBuilder().setRuleType(RuleType.TEMP_EXPORT_OVERDUE));
        draft.setStatus(EntryStatus.DRAFT);
        harness.list(draft);
        harness.declare(temporaryExport("X-3", "JO-TEL-2026-11"));

        harness.driver.advanceWallClockTime(Duration.ofDays(10));

        assertThat(harness.alerts.isEmpty()).isTrue();
    }

    private static WatchlistEntry splitProfile() {
        return profile("PRF-SPLIT", 45, null, RiskProfile.newBuilder().setRuleType(RuleType.SPLIT_SHIPMENT)
            .setHsPrefixes(List.of("9705", "7118")).setParameters(Map.of("window", "P7D", "shipments", "3")));
    }

    private static CustomsDeclaration coins(String id, Instant at) {
        return declaration(id).acceptedAt(at).importer("Amman Antiques LLC", "JO-5551").item("970531", "coins", "SY").build();
    }

    private static CustomsDeclaration temporaryExport(String id, String licence) {
        CustomsDeclaration export = declaration(id).item("970300", "bronze statue for an exhibition", "JO").build();
        export.setType(DeclarationType.EXPORT);
        export.setDocuments(List.of(licence(licence, LocalDate.parse("2026-11-25"))));
        return export;
    }

    private static DocumentReference licence(String reference, LocalDate until) {
        return DocumentReference.newBuilder().setType(DocumentType.TEMPORARY_EXPORT_LICENCE).setReference(reference)
            .setValidUntil(until).build();
    }
}
