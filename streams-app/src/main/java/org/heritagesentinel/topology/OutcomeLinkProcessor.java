package org.heritagesentinel.topology;

import java.util.List;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.heritagesentinel.alert.AlertIdentity;
import org.heritagesentinel.avro.AlertStatus;
import org.heritagesentinel.avro.OutcomeKind;
import org.heritagesentinel.avro.OutcomeLink;
import org.heritagesentinel.avro.RuleType;
import org.heritagesentinel.avro.ScreeningOutcome;
import org.heritagesentinel.avro.ScreeningState;
import org.heritagesentinel.avro.SubjectType;
import org.heritagesentinel.metrics.SentinelMetrics;

/**
 * Links a seizure (re-keyed by a declaration it names or shares a container, vehicle or party with)
 * to that declaration's screening: an alert makes it a HIT for every rule that fired, none makes it
 * a MISS. Runs in the declaration's task, next to its alert state, which is kept by declaration key
 * without a window, so a seizure entered weeks later still links. Each (seizure, declaration) pair
 * counts once, by the first link found.
 */
final class OutcomeLinkProcessor implements Processor<String, OutcomeLink, String, ScreeningOutcome> {
    private final SentinelMetrics metrics;
    private ProcessorContext<String, ScreeningOutcome> context;
    private KeyValueStore<String, ScreeningState> alertStates;
    private KeyValueStore<String, String> linked;

    OutcomeLinkProcessor(SentinelMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<String, ScreeningOutcome> context) {
        this.context = context;
        this.alertStates = context.getStateStore(SentinelTopology.ALERT_STATE_STORE);
        this.linked = context.getStateStore(SentinelTopology.OUTCOME_LINKS_STORE);
    }

    @Override
    public void process(Record<String, OutcomeLink> record) {
        String declarationKey = record.key();
        OutcomeLink link = record.value();
        String seizureKey = link.getSeizureKey();
        String pair = seizureKey + "|" + declarationKey;
        if (linked.get(pair) != null) {
            return;
        }
        linked.put(pair, "");
        ScreeningState state = alertStates.get(declarationKey);
        boolean alerted = state != null && state.getAlertRevision() > 0 && state.getLastStatus() != AlertStatus.RETRACTED;
        List<String> rules = alerted ? state.getRuleTypes() : List.of();
        ScreeningOutcome outcome = ScreeningOutcome.newBuilder()
            .setDeclarationKey(declarationKey)
            .setSeizureKey(seizureKey)
            .setOutcome(alerted ? OutcomeKind.HIT : OutcomeKind.MISS)
            .setRuleTypes(rules)
            .setAlertId(alerted ? AlertIdentity.alertId(SubjectType.DECLARATION, declarationKey) : null)
            .setSeizedAt(link.getSeizedAt())
            .setNote(state == null ? "declaration never screened here (unknown key or older than the state retention)" : null)
            .setLinkedBy(link.getKind())
            .build();
        if (alerted) {
            rules.forEach(rule -> metrics.outcome(RuleType.valueOf(rule), true, link.getKind()));
        } else {
            metrics.outcome(RuleType.UNKNOWN, false, link.getKind());
        }
        context.forward(record.withValue(outcome));
    }
}
