package org.heritagesentinel.topology;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.heritagesentinel.alert.AlertLifecycle;
import org.heritagesentinel.avro.Alert;
import org.heritagesentinel.avro.AlertCase;
import org.heritagesentinel.avro.AlertStatus;
import org.heritagesentinel.avro.Lane;
import org.heritagesentinel.avro.PendingRed;
import org.heritagesentinel.avro.ScreeningState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows every alert record of the declaration task for the analysts: the case of each open alert
 * (the pairs a dismissal would clear), and the RED alerts nobody has acknowledged. A wall-clock
 * punctuator escalates those waiting longer than the configured delay, once, and counts them.
 */
final class AlertCaseProcessor implements Processor<String, Screened, String, Alert> {
    private static final Logger log = LoggerFactory.getLogger(AlertCaseProcessor.class);
    private static final Duration CHECK_INTERVAL = Duration.ofMinutes(1);

    private final AlertLifecycle lifecycle;
    private final Duration escalateAfter;
    private final UnacknowledgedRed unacknowledged;
    private ProcessorContext<String, Alert> context;
    private KeyValueStore<String, ScreeningState> states;
    private KeyValueStore<String, AlertCase> cases;
    private KeyValueStore<String, PendingRed> pending;
    private String task;

    AlertCaseProcessor(AlertLifecycle lifecycle, Duration escalateAfter, UnacknowledgedRed unacknowledged) {
        this.lifecycle = lifecycle;
        this.escalateAfter = escalateAfter;
        this.unacknowledged = unacknowledged;
    }

    @Override
    public void init(ProcessorContext<String, Alert> context) {
        this.context = context;
        this.states = context.getStateStore(SentinelTopology.ALERT_STATE_STORE);
        this.cases = context.getStateStore(SentinelTopology.ALERT_CASES_STORE);
        this.pending = context.getStateStore(SentinelTopology.UNACKNOWLEDGED_RED_STORE);
        this.task = context.taskId().toString();
        context.schedule(CHECK_INTERVAL, PunctuationType.WALL_CLOCK_TIME, this::escalateOverdue);
    }

    @Override
    public void process(Record<String, Screened> record) {
        Alert alert = record.value() == null ? null : record.value().alert();
        if (record.key() == null || alert == null) {
            return;
        }
        String key = record.key();
        if (alert.getStatus() == AlertStatus.RETRACTED) {
            cases.delete(key);
            pending.delete(key);
            return;
        }
        AlertCase previous = cases.get(key);
        AlertCase current = (previous == null ? AlertCase.newBuilder().setAlertId(alert.getAlertId())
            : AlertCase.newBuilder(previous)).setPairs(record.value().pairs()).build();
        cases.put(key, current);
        if (alert.getLane() == Lane.RED && current.getDecision() == null) {
            PendingRed waiting = pending.get(key);
            Instant since = waiting == null ? Instant.ofEpochMilli(context.currentSystemTimeMs()) : waiting.getSince();
            pending.put(key, PendingRed.newBuilder().setAlert(alert).setSince(since)
                .setEscalated(current.getEscalated()).build());
        } else {
            pending.delete(key);
        }
    }

    private void escalateOverdue(long wallClockMs) {
        Instant now = Instant.ofEpochMilli(wallClockMs);
        List<KeyValue<String, PendingRed>> overdue = new ArrayList<>();
        int waiting = 0;
        try (KeyValueIterator<String, PendingRed> all = pending.all()) {
            while (all.hasNext()) {
                KeyValue<String, PendingRed> next = all.next();
                waiting++;
                if (!next.value.getEscalated() && !now.isBefore(next.value.getSince().plus(escalateAfter))) {
                    overdue.add(next);
                }
            }
        }
        overdue.forEach(entry -> escalate(entry.key, entry.value, now));
        unacknowledged.count(task, waiting);
    }

    private void escalate(String key, PendingRed waiting, Instant now) {
        ScreeningState state = states.get(key);
        if (!AlertLifecycle.isOpen(state)) {
            pending.delete(key);
            return;
        }
        AlertLifecycle.Decision escalation = lifecycle.escalate(waiting.getAlert(), state,
            Duration.between(waiting.getSince(), now));
        Alert escalated = escalation.alert().orElseThrow();
        states.put(key, escalation.state());
        pending.put(key, PendingRed.newBuilder(waiting).setAlert(escalated).setEscalated(true).build());
        AlertCase current = cases.get(key);
        if (current != null) {
            cases.put(key, AlertCase.newBuilder(current).setEscalated(true).build());
        }
        log.warn("Alert {} ({}) RED and unacknowledged since {}: escalated", escalated.getAlertId(), key, waiting.getSince());
        context.forward(new Record<>(key, escalated, now.toEpochMilli()));
    }

    @Override
    public void close() {
        unacknowledged.forget(task);
    }
}
