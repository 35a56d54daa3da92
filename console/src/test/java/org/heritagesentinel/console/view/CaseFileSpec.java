package org.heritagesentinel.console.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.heritagesentinel.avro.Alert;
import org.heritagesentinel.avro.AlertDecision;
import org.heritagesentinel.avro.AlertStatus;
import org.heritagesentinel.avro.DecisionKind;
import org.heritagesentinel.avro.Lane;
import org.heritagesentinel.avro.Severity;
import org.junit.jupiter.api.Test;

class CaseFileSpec {
    private final Instant t = Instant.parse("2026-12-07T08:00:00Z");
    private final Alert alert = Alert.newBuilder().setAlertId("ALR-1").setStatus(AlertStatus.NEW).setSubjectKey("JO:A:1")
        .setAuthority("JO").setEventTime(t).setScore(75).setSeverity(Severity.HIGH).setLane(Lane.RED)
        .setHits(List.of()).setSummary("s").build();

    private AlertDecision decision(String analyst, DecisionKind kind) {
        return AlertDecision.newBuilder().setAlertId("ALR-1").setKind(kind).setAnalyst(analyst).setAuthority("JO")
            .setReason(kind == DecisionKind.DISMISSED ? "FALSE_MATCH" : null).setDecidedAt(t).build();
    }

    @Test
    void ofTwoDecisionsTakenOnTheSameStateOnlyTheFirstCounts() {
        CaseFile file = new CaseFile(alert);
        file.revised(alert, t);

        assertThat(file.decided(decision("first", DecisionKind.DISMISSED), 0)).isTrue();
        assertThat(file.decided(decision("second", DecisionKind.INSPECTED_SEIZED), 0)).isFalse();

        assertThat(file.status()).isEqualTo(CaseStatus.DECIDED);
        assertThat(file.lastDecision().orElseThrow().getAnalyst()).isEqualTo("first");
        assertThat(file.history()).extracting(HistoryEvent::kind, HistoryEvent::who, HistoryEvent::refused).containsExactly(
            org.assertj.core.groups.Tuple.tuple("NEW", "Heritage Sentinel", false),
            org.assertj.core.groups.Tuple.tuple("DISMISSED", "first", false),
            org.assertj.core.groups.Tuple.tuple("INSPECTED_SEIZED", "second", true));
    }

    @Test
    void aDecisionTakenOnTheLatestStateCountsAndOneWithoutBasisAlwaysDoes() {
        CaseFile file = new CaseFile(alert);
        assertThat(file.decided(decision("a", DecisionKind.ACKNOWLEDGED), 0)).isTrue();
        assertThat(file.status()).isEqualTo(CaseStatus.ACKNOWLEDGED);
        assertThat(file.decided(decision("b", DecisionKind.DISMISSED), 1)).isTrue();
        assertThat(file.decided(decision("cli", DecisionKind.INSPECTED_CLEAN), null)).isTrue();
        assertThat(file.decisionCount()).isEqualTo(3);
    }
}
