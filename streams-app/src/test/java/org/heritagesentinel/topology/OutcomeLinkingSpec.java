package org.heritagesentinel.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.heritagesentinel.testdata.Declarations.declaration;
import static org.heritagesentinel.testdata.Seizures.seizure;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.heritagesentinel.avro.OutcomeKind;
import org.heritagesentinel.avro.ScreeningOutcome;
import org.heritagesentinel.testdata.WatchlistEntries;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OutcomeLinkingSpec {
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

    private double counter(String rule, String outcome) {
        var meter = harness.meters.find("sentinel.outcomes").tag("rule", rule).tag("outcome", outcome).counter();
        return meter == null ? 0 : meter.count();
    }
}
