package org.heritagesentinel.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.heritagesentinel.testdata.Declarations.declaration;
import static org.heritagesentinel.testdata.Seizures.seizure;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.heritagesentinel.avro.IdentifierScheme;
import org.heritagesentinel.avro.LinkKind;
import org.heritagesentinel.avro.OutcomeKind;
import org.heritagesentinel.avro.Party;
import org.heritagesentinel.avro.PartyIdentifier;
import org.heritagesentinel.avro.PartyRole;
import org.heritagesentinel.avro.ScreeningOutcome;
import org.heritagesentinel.testdata.Declarations;
import org.heritagesentinel.testdata.WatchlistEntries;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OutcomeLinkingSpec {
    private static final Instant SEIZED = Instant.parse("2026-09-10T06:00:00Z");
    private TopologyHarness harness;

    @BeforeEach
    void start() {
        harness = new TopologyHarness();
        harness.list(WatchlistEntries.embargoProfile("PRF-SY", List.of("9705"), List.of("SY")));
        harness.declare(declaration("D-ALERTED").item("970510", "archaeological collection", "SY").build());
        harness.declare(declaration("D-CLEAN").item("690790", "ceramic tiles (sample)", "TR").build());
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void shouldCountASeizedShipmentThatHadAnAlertAsAHitOfItsRules() {
        harness.seize("JO:S-10", seizure("S-10").by("JO").linkedTo("JO:ASYCUDA:D-ALERTED").build());

        ScreeningOutcome outcome = harness.outcomes().readValue();
        assertThat(outcome.getOutcome()).isEqualTo(OutcomeKind.HIT);
        assertThat(outcome.getRuleTypes()).containsExactly("EMBARGO_ORIGIN");
        assertThat(outcome.getAlertId()).startsWith("ALR-");
        assertThat(counter("EMBARGO_ORIGIN", "hit")).isEqualTo(1.0);
    }

    @Test
    void shouldReportASeizedShipmentWithoutAlertAsAMiss() {
        harness.seize("JO:S-11", seizure("S-11").by("JO").linkedTo("JO:ASYCUDA:D-CLEAN").build());

        ScreeningOutcome outcome = harness.outcomes().readValue();
        assertThat(outcome.getOutcome()).isEqualTo(OutcomeKind.MISS);
        assertThat(outcome.getRuleTypes()).isEmpty();
        assertThat(counter("UNKNOWN", "miss")).isEqualTo(1.0);
    }

    @Test
    void shouldLinkASeizureEnteredFortyDaysLateAndCountEachPairOnce() {
        Instant seized = Instant.parse("2026-10-10T08:00:00Z");
        var late = seizure("S-12").by("JO").seizedAt(seized, seized.plus(Duration.ofDays(40)))
            .linkedTo("JO:ASYCUDA:D-ALERTED");
        harness.seize("JO:S-12", late.build());
        harness.seize("JO:S-12", late.version(1).build());

        assertThat(harness.outcomes().readValuesToList()).extracting(ScreeningOutcome::getOutcome)
            .containsExactly(OutcomeKind.HIT);
    }

    @Test
    void shouldCountHitsAndMissesOfSeizuresLinkedByContainer() {
        // Given a flagged and a clean shipment in different containers
        harness.declare(shipment("D-CTR-RED", true).container("TGHU1111110").build());
        harness.declare(shipment("D-CTR-GREEN", false).container("TGHU2222220").build());

        // When each container is seized, without naming a declaration
        harness.seize("JO:S-20", seizure("S-20").by("JO").seizedAt(SEIZED, SEIZED).container("tghu 111111-0").build());
        harness.seize("JO:S-21", seizure("S-21").by("JO").seizedAt(SEIZED, SEIZED).container("TGHU2222220").build());

        // Then the flagged one is a hit of its rule, the clean one a miss, both linked by container
        assertThat(harness.outcomes().readValuesToList()).extracting(ScreeningOutcome::getDeclarationKey,
                ScreeningOutcome::getOutcome, ScreeningOutcome::getLinkedBy)
            .containsExactlyInAnyOrder(tuple("JO:ASYCUDA:D-CTR-RED", OutcomeKind.HIT, LinkKind.CONTAINER),
                tuple("JO:ASYCUDA:D-CTR-GREEN", OutcomeKind.MISS, LinkKind.CONTAINER));
        assertThat(counter("EMBARGO_ORIGIN", "hit", "CONTAINER")).isEqualTo(1.0);
        assertThat(counter("UNKNOWN", "miss", "CONTAINER")).isEqualTo(1.0);
    }

    @Test
    void shouldCountHitsAndMissesOfSeizuresLinkedByVehicle() {
        // Given a flagged and a clean lorry
        harness.declare(shipment("D-VEH-RED", true).vehicle("12-34567").build());
        harness.declare(shipment("D-VEH-GREEN", false).vehicle("55-00001").build());

        // When both lorries are stopped
        harness.seize("JO:S-30", seizure("S-30").by("JO").seizedAt(SEIZED, SEIZED).vehicle("12 34567").build());
        harness.seize("JO:S-31", seizure("S-31").by("JO").seizedAt(SEIZED, SEIZED).vehicle("55-00001").build());

        // Then
        assertThat(harness.outcomes().readValuesToList()).extracting(ScreeningOutcome::getDeclarationKey,
                ScreeningOutcome::getOutcome, ScreeningOutcome::getLinkedBy)
            .containsExactlyInAnyOrder(tuple("JO:ASYCUDA:D-VEH-RED", OutcomeKind.HIT, LinkKind.VEHICLE),
                tuple("JO:ASYCUDA:D-VEH-GREEN", OutcomeKind.MISS, LinkKind.VEHICLE));
        assertThat(counter("EMBARGO_ORIGIN", "hit", "VEHICLE")).isEqualTo(1.0);
        assertThat(counter("UNKNOWN", "miss", "VEHICLE")).isEqualTo(1.0);
    }

    @Test
    void shouldCountHitsAndMissesOfSeizuresLinkedByParty() {
        // Given two exporters, one of a flagged shipment, one of a clean one (by identifier)
        harness.declare(shipment("D-PTY-RED", true).exporter("Nour Heritage Trading").build());
        harness.declare(shipment("D-PTY-GREEN", false).importer("Petra Crafts LLC", "JO-7000001").build());

        // When each is named in a seizure, the second by its identifier only, under another spelling
        harness.seize("MA:S-40", seizure("S-40").by("MA").seizedAt(SEIZED, SEIZED).exporter("NOUR HERITAGE TRADING").build());
        harness.seize("MA:S-41", seizure("S-41").by("MA").seizedAt(SEIZED, SEIZED).party(Party.newBuilder()
            .setRole(PartyRole.BUYER).setName("Petra Craft").setIdentifiers(List.of(PartyIdentifier.newBuilder()
                .setScheme(IdentifierScheme.TIN).setValue("jo 7000001").build())).build()).build());

        // Then
        assertThat(harness.outcomes().readValuesToList()).extracting(ScreeningOutcome::getDeclarationKey,
                ScreeningOutcome::getOutcome, ScreeningOutcome::getLinkedBy)
            .containsExactlyInAnyOrder(tuple("JO:ASYCUDA:D-PTY-RED", OutcomeKind.HIT, LinkKind.PARTY),
                tuple("JO:ASYCUDA:D-PTY-GREEN", OutcomeKind.MISS, LinkKind.PARTY));
        assertThat(counter("EMBARGO_ORIGIN", "hit", "PARTY")).isEqualTo(1.0);
        assertThat(counter("UNKNOWN", "miss", "PARTY")).isEqualTo(1.0);
    }

    @Test
    void shouldNotLinkDeclarationsOutsideTheLookBackNorAfterTheSeizure() {
        // Given the same container on a declaration 100 days before the seizure and one the day after
        harness.declare(shipment("D-OLD", true).container("CAIU5555550").acceptedAt(SEIZED.minus(Duration.ofDays(100))).build());
        harness.declare(shipment("D-AFTER", true).container("CAIU5555550").acceptedAt(SEIZED.plus(Duration.ofDays(1))).build());
        harness.declare(shipment("D-RECENT", false).container("CAIU5555550").acceptedAt(SEIZED.minus(Duration.ofDays(89))).build());

        // When the container is seized
        harness.seize("JO:S-50", seizure("S-50").by("JO").seizedAt(SEIZED, SEIZED).container("CAIU5555550").build());

        // Then only the declaration within the 90-day look-back links
        assertThat(harness.outcomes().readValuesToList()).extracting(ScreeningOutcome::getDeclarationKey)
            .containsExactly("JO:ASYCUDA:D-RECENT");
    }

    @Test
    void shouldLinkBySharedContainerAndPartyASeizureReportedFortyDaysLate() {
        // Given a flagged shipment of a container and an exporter
        harness.declare(shipment("D-LATE", true).container("MRKU9000000").exporter("Ouazzani Freres").build());

        // When its seizure, ten days later, is entered forty days after that
        harness.seize("MA:S-60", seizure("S-60").by("MA").seizedAt(SEIZED, SEIZED.plus(Duration.ofDays(40)))
            .container("MRKU9000000").exporter("Ouazzani Freres").build());

        // Then it links, once, as a hit
        assertThat(harness.outcomes().readValuesToList()).extracting(ScreeningOutcome::getDeclarationKey,
                ScreeningOutcome::getOutcome)
            .containsExactly(tuple("JO:ASYCUDA:D-LATE", OutcomeKind.HIT));
    }

    @Test
    void shouldCountASeizureLinkedToTheSameDeclarationSeveralWaysOnce() {
        // Given
        harness.declare(shipment("D-ALL", true).container("OOLU4000000").exporter("Amal Antiques").build());

        // When the seizure names it and shares its container and exporter
        harness.seize("JO:S-70", seizure("S-70").by("JO").seizedAt(SEIZED, SEIZED).linkedTo("JO:ASYCUDA:D-ALL")
            .container("OOLU4000000").exporter("Amal Antiques").build());

        // Then
        assertThat(harness.outcomes().readValuesToList()).hasSize(1);
        assertThat(harness.meters.find("sentinel.outcomes").counters()).extracting(c -> c.count()).containsExactly(1.0);
    }

    /** A declaration ten days before {@link #SEIZED}, flagged (embargoed origin) or clean. */
    private static Declarations shipment(String id, boolean flagged) {
        var declaration = declaration(id).acceptedAt(SEIZED.minus(Duration.ofDays(10)));
        return flagged ? declaration.item("970510", "archaeological collection", "SY")
            : declaration.item("690790", "ceramic tiles (sample)", "TR");
    }

    private double counter(String rule, String outcome, String link) {
        var meter = harness.meters.find("sentinel.outcomes").tag("rule", rule).tag("outcome", outcome).tag("link", link).counter();
        return meter == null ? 0 : meter.count();
    }

    private double counter(String rule, String outcome) {
        var meter = harness.meters.find("sentinel.outcomes").tag("rule", rule).tag("outcome", outcome).counter();
        return meter == null ? 0 : meter.count();
    }
}
