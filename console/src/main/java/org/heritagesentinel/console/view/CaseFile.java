package org.heritagesentinel.console.view;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.heritagesentinel.alert.DecisionBasis;
import org.heritagesentinel.avro.Alert;
import org.heritagesentinel.avro.AlertDecision;
import org.heritagesentinel.avro.AlertStatus;
import org.heritagesentinel.avro.DecisionKind;
import org.heritagesentinel.avro.Hit;

/** An alert as the analysts of one authority see it: its last revision, its decisions, its history. */
public final class CaseFile {
    private Alert alert;
    private final List<HistoryEvent> history = new ArrayList<>();
    private AlertDecision lastDecision;
    private int decisions;

    CaseFile(Alert alert) {
        this.alert = alert;
    }

    void revised(Alert revision, Instant at) {
        alert = revision;
        history.add(new HistoryEvent(at, revision.getStatus().name(), "Heritage Sentinel", revision.getSummary(), false));
    }

    /**
     * A decision counts only when it was taken on the decisions its author saw ({@code basis}): the topic's
     * order decides between two analysts acting at once, the same way on every console instance.
     */
    boolean decided(AlertDecision decision, Integer basis) {
        boolean effective = DecisionBasis.applies(basis, decisions);
        String detail = decision.getKind() == DecisionKind.ASSIGNED ? String.valueOf(decision.getAssignee())
            : decision.getReason() == null ? "" : decision.getReason();
        history.add(new HistoryEvent(decision.getDecidedAt(), decision.getKind().name(), decision.getAnalyst(), detail,
            !effective));
        if (effective) {
            lastDecision = decision;
            decisions++;
        }
        return effective;
    }

    public Alert alert() {
        return alert;
    }

    public String alertId() {
        return alert.getAlertId();
    }

    public List<HistoryEvent> history() {
        return List.copyOf(history);
    }

    /** How many decisions count so far: the basis a new decision is taken on. */
    public int decisionCount() {
        return decisions;
    }

    public Optional<AlertDecision> lastDecision() {
        return Optional.ofNullable(lastDecision);
    }

    public CaseStatus status() {
        if (alert.getStatus() == AlertStatus.RETRACTED || lastDecision == null) {
            return alert.getStatus() == AlertStatus.RETRACTED ? CaseStatus.DECIDED : CaseStatus.OPEN;
        }
        return switch (lastDecision.getKind()) {
            case ACKNOWLEDGED -> CaseStatus.ACKNOWLEDGED;
            case ASSIGNED -> CaseStatus.ASSIGNED;
            case DISMISSED, INSPECTED_SEIZED, INSPECTED_CLEAN -> CaseStatus.DECIDED;
            default -> CaseStatus.OPEN;
        };
    }

    public Optional<String> assignee() {
        return lastDecision().filter(d -> d.getKind() == DecisionKind.ASSIGNED).map(d -> String.valueOf(d.getAssignee()));
    }

    public Instant eventTime() {
        return alert.getEventTime();
    }

    /** The hit that weighs most: what the alert is mainly about. */
    public Optional<Hit> topHit() {
        return alert.getHits().stream().max(java.util.Comparator.comparingInt(Hit::getScore));
    }
}
