package org.heritagesentinel.console.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.heritagesentinel.avro.Alert;
import org.heritagesentinel.avro.AlertDecision;
import org.heritagesentinel.avro.AlertStatus;
import org.heritagesentinel.avro.DecisionKind;
import org.heritagesentinel.avro.Hit;
import org.heritagesentinel.avro.Lane;
import org.heritagesentinel.avro.RuleType;
import org.heritagesentinel.avro.Severity;
import org.junit.jupiter.api.Test;

class RulePerformanceSpec {
    private final Instant t = Instant.parse("2026-12-07T08:00:00Z");
    private final List<CaseFile> files = new ArrayList<>();

    private void alert(String id, DecisionKind outcome, RuleType... rules) {
        List<Hit> hits = Arrays.stream(rules).map(r -> Hit.newBuilder().setRuleType(r).setEntryId("E-" + r).setScore(40)
            .setExplanation("x").build()).toList();
        Alert alert = Alert.newBuilder().setAlertId(id).setStatus(AlertStatus.NEW).setSubjectKey("JO:" + id)
            .setAuthority("JO").setEventTime(t).setScore(75).setSeverity(Severity.HIGH).setLane(Lane.RED)
            .setHits(hits).setSummary("s").build();
        CaseFile file = new CaseFile(alert);
        file.revised(alert, t);
        file.decided(AlertDecision.newBuilder().setAlertId(id).setKind(DecisionKind.ACKNOWLEDGED).setAnalyst("a")
            .setAuthority("JO").setDecidedAt(t).build(), null);
        if (outcome != null) {
            file.decided(AlertDecision.newBuilder().setAlertId(id).setKind(outcome).setAnalyst("a").setAuthority("JO")
                .setDecidedAt(t).build(), null);
        }
        files.add(file);
    }

    @Test
    void eachRuleCountsTheOutcomesOfTheAlertsItTookPartIn() {
        alert("A1", DecisionKind.INSPECTED_SEIZED, RuleType.PARTY_WATCHLIST, RuleType.EMBARGO_ORIGIN);
        alert("A2", DecisionKind.INSPECTED_CLEAN, RuleType.EMBARGO_ORIGIN);
        alert("A3", DecisionKind.DISMISSED, RuleType.EMBARGO_ORIGIN, RuleType.EMBARGO_ORIGIN);
        alert("A4", null, RuleType.EMBARGO_ORIGIN);
        alert("A5", DecisionKind.DISMISSED, RuleType.PARTY_WATCHLIST);

        List<RulePerformance> rows = RulePerformance.of(files);

        assertThat(rows).containsExactly(
            new RulePerformance("EMBARGO_ORIGIN", 4, 1, 1, 1),
            new RulePerformance("PARTY_WATCHLIST", 2, 1, 0, 1));
        assertThat(rows.get(0).undecided()).isEqualTo(1);
        assertThat(rows.get(0).hitRatePercent()).contains(33);
        assertThat(rows.get(1).hitRatePercent()).contains(50);
    }

    @Test
    void aRuleWithoutDecisionsHasNoHitRate() {
        alert("A1", null, RuleType.PARTY_WATCHLIST);

        assertThat(RulePerformance.of(files).get(0).hitRatePercent()).isEqualTo(Optional.empty());
    }
}
