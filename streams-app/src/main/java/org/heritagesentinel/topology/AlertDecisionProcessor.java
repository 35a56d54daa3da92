package org.heritagesentinel.topology;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueStore;
import org.heritagesentinel.alert.DecisionBasis;
import org.heritagesentinel.alert.DecisionValidator;
import org.heritagesentinel.alert.SuppressionPairs;
import org.heritagesentinel.avro.AlertCase;
import org.heritagesentinel.avro.AlertDecision;
import org.heritagesentinel.avro.PendingRed;
import org.heritagesentinel.avro.Suppression;
import org.heritagesentinel.metrics.SentinelMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies analysts' decisions to the alert they name, on the task that holds the alert (the key is
 * the alert's subject key): any decision stops the escalation clock; a dismissal or a clean
 * inspection clears the (party or object, entry) pairs of the alert's hits for the suppression
 * period. Each authority publishes on its own decision topic, which its Kafka ACL alone lets it write:
 * the topic a decision is read from is the authority it is made by. Undecodable or invalid decisions,
 * decisions claiming another authority than their topic's or on an alert of another authority, and
 * decisions on no open alert, are dead letters. A decision that lost the race to another on the same alert
 * (its {@link DecisionBasis} is out of date) is valid history but not applied: counted, logged, not forwarded.
 */
final class AlertDecisionProcessor implements Processor<byte[], byte[], String, DecisionOutcome> {
    private static final Logger log = LoggerFactory.getLogger(AlertDecisionProcessor.class);
    private static final String INVALID = "InvalidAlertDecision";

    private final Deserializer<AlertDecision> deserializer;
    private final Map<String, String> authorityByTopic;
    private final Duration suppressionPeriod;
    private final SentinelMetrics metrics;
    private ProcessorContext<String, DecisionOutcome> context;
    private KeyValueStore<String, AlertCase> cases;
    private KeyValueStore<String, PendingRed> pending;
    private KeyValueStore<String, Integer> counts;

    /** @param authorityByTopic each decision topic read, with the authority whose analysts alone may write it */
    AlertDecisionProcessor(Deserializer<AlertDecision> deserializer, Map<String, String> authorityByTopic,
                           Duration suppressionPeriod, SentinelMetrics metrics) {
        this.deserializer = deserializer;
        this.authorityByTopic = Map.copyOf(authorityByTopic);
        this.suppressionPeriod = suppressionPeriod;
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<String, DecisionOutcome> context) {
        this.context = context;
        this.cases = context.getStateStore(SentinelTopology.ALERT_CASES_STORE);
        this.pending = context.getStateStore(SentinelTopology.UNACKNOWLEDGED_RED_STORE);
        this.counts = context.getStateStore(SentinelTopology.ALERT_DECISION_COUNTS_STORE);
    }

    /**
     * Every decision read is processed (applied, or not applied because another came first) or refused
     * (dead-lettered): the counts reconcile.
     */
    @Override
    public void process(Record<byte[], byte[]> record) {
        String topic = context.recordMetadata().map(RecordMetadata::topic).orElse("");
        metrics.recordIn(topic);
        String key = record.key() == null ? "" : new String(record.key(), StandardCharsets.UTF_8);
        if (key.isBlank() || record.value() == null) {
            refuse(record, key, INVALID, "alert decision without key (the alert's subject key) or value");
            return;
        }
        String topicAuthority = authorityByTopic.get(topic);
        if (topicAuthority == null) {
            refuse(record, key, INVALID, "alert decision read from " + topic + ", which is no authority's decision topic");
            return;
        }
        AlertDecision decision;
        try {
            decision = deserializer.deserialize(topic, record.headers(), record.value());
        } catch (RuntimeException e) {
            refuse(record, key, e.getClass().getName(), "undecodable alert decision: " + e.getMessage());
            return;
        }
        List<String> problems = DecisionValidator.problems(key, decision, topicAuthority);
        if (!problems.isEmpty()) {
            refuse(record, key, INVALID, "invalid alert decision: " + String.join("; ", problems));
            return;
        }
        AlertCase open = cases.get(key);
        if (open == null) {
            refuse(record, key, INVALID, "no open alert " + decision.getAlertId() + " on " + key);
            return;
        }
        Integer basis = basis(record.headers());
        Integer applied = DecisionBasis.appliedSoFar(counts.get(key), open.getDecision() != null, basis);
        if (!DecisionBasis.applies(basis, applied)) {
            metrics.decisionNotApplied(decision.getAuthority());
            log.info("Alert {} ({}): {} by {} of {} not applied, taken on {} decision(s) while {} were applied",
                decision.getAlertId(), key, decision.getKind(), decision.getAnalyst(), decision.getAuthority(), basis, applied);
            metrics.recordProcessed(topic);
            return;
        }
        if (applied != null) {
            counts.put(key, applied + 1);
        }
        cases.put(key, AlertCase.newBuilder(open)
            .setDecision(decision.getKind())
            .setDecidedBy(decision.getAnalyst() + " (" + decision.getAuthority() + ")")
            .setDecidedAt(decision.getDecidedAt())
            .setAssignee(decision.getAssignee() == null ? open.getAssignee() : decision.getAssignee())
            .build());
        pending.delete(key);
        log.info("Alert {} ({}): {} by {} of {}", decision.getAlertId(), key, decision.getKind(), decision.getAnalyst(),
            decision.getAuthority());
        if (DecisionValidator.clears(decision.getKind())) {
            open.getPairs().forEach(pair -> context.forward(new Record<>(pair,
                DecisionOutcome.cleared(suppression(pair, decision)), record.timestamp())));
        }
        metrics.recordProcessed(topic);
    }

    private static Integer basis(Headers headers) {
        Header header = headers.lastHeader(DecisionBasis.HEADER);
        return DecisionBasis.decode(header == null ? null : header.value());
    }

    private Suppression suppression(String pair, AlertDecision decision) {
        return Suppression.newBuilder()
            .setPair(pair)
            .setEntryId(SuppressionPairs.entryId(pair))
            .setAlertId(decision.getAlertId())
            .setDecision(decision.getKind())
            .setAnalyst(decision.getAnalyst())
            .setAuthority(decision.getAuthority())
            .setReason(decision.getReason())
            .setDecidedAt(decision.getDecidedAt())
            .setUntil(decision.getDecidedAt().plus(suppressionPeriod))
            .build();
    }

    private void refuse(Record<byte[], byte[]> record, String key, String errorClass, String reason) {
        String topic = context.recordMetadata().map(RecordMetadata::topic).orElse("");
        metrics.deadLetter(topic, errorClass.substring(errorClass.lastIndexOf('.') + 1));
        log.warn("Alert decision on {} refused: {}", key, reason);
        Headers headers = DeadLetterHeaders.describing(record.headers(), errorClass, reason, context.recordMetadata());
        context.forward(new Record<>(key, DecisionOutcome.refused(record.key(), record.value()), record.timestamp(), headers));
    }
}
