package org.heritagesentinel.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.heritagesentinel.testdata.Declarations.ACCEPTED;
import static org.heritagesentinel.testdata.Declarations.declaration;
import static org.heritagesentinel.testdata.WatchlistEntries.listedParty;

import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import org.heritagesentinel.avro.Alert;
import org.heritagesentinel.avro.AlertDecision;
import org.heritagesentinel.avro.DecisionKind;
import org.heritagesentinel.config.Topics;
import org.heritagesentinel.contract.RecordKeys;
import org.heritagesentinel.screening.PeriodReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code sentinel_records_in_total} = {@code sentinel_records_processed_total} + {@code sentinel_dead_letters_total}
 * per input topic (docs/reliability.md): what was read is accounted for, on the watchlist and decision topics too.
 */
class InputCountsSpec {
    private final TopologyHarness harness = new TopologyHarness(Map.of(), PeriodReader.NONE);

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void everyWatchlistSubmissionReadIsAcceptedOrDeadLettered() {
        harness.list(listedParty("PTY-1", "Mohamed El Ouazzani", "MA-778899"));
        harness.delist("PTY-1");
        harness.submissions.pipeInput("PTY-OTHER", listedParty("PTY-3", "Rachid Toumi", null));

        String topic = Topics.defaults().watchlistSubmissions();
        assertThat(count("sentinel.records.in", topic)).isEqualTo(3);
        assertThat(count("sentinel.records.processed", topic)).isEqualTo(2);
        assertThat(deadLetters(topic)).isEqualTo(1);
    }

    @Test
    void everyDecisionReadIsAppliedOrDeadLettered() {
        harness.list(listedParty("PTY-1", "Mohamed El Ouazzani", "MA-778899"));
        harness.declare(declaration("D-1").exporter("Mohamed El Ouazzani").build());
        List<Alert> alerts = harness.alerts.readValuesToList();
        assertThat(alerts).hasSize(1);

        harness.decisions.pipeInput(RecordKeys.alertDecision(alerts.get(0)), decision(alerts.get(0).getAlertId()));
        harness.decisions.pipeInput("JO:ASYCUDA:NO-SUCH-DECLARATION", decision("no-such-alert"));

        String topic = Topics.defaults().decisionsFor("JO");
        assertThat(count("sentinel.records.in", topic)).isEqualTo(2);
        assertThat(count("sentinel.records.processed", topic)).isEqualTo(1);
        assertThat(deadLetters(topic)).isEqualTo(1);
    }

    private double count(String meter, String topic) {
        return harness.meters.find(meter).tag("topic", topic).counters().stream().mapToDouble(Counter::count).sum();
    }

    private double deadLetters(String topic) {
        return harness.meters.find("sentinel.dead.letters").tag("source", topic).counters().stream()
            .mapToDouble(Counter::count).sum();
    }

    private static AlertDecision decision(String alertId) {
        return AlertDecision.newBuilder().setAlertId(alertId).setKind(DecisionKind.ACKNOWLEDGED).setAnalyst("analyst.7")
            .setAuthority("JO").setDecidedAt(ACCEPTED).build();
    }
}
