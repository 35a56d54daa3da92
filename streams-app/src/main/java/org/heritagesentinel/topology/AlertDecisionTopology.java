package org.heritagesentinel.topology;

import java.util.Map;
import java.util.TreeMap;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;
import org.heritagesentinel.avro.Alert;
import org.heritagesentinel.avro.AlertCase;
import org.heritagesentinel.avro.PendingRed;
import org.heritagesentinel.avro.Suppression;
import org.heritagesentinel.config.SentinelConfig;
import org.heritagesentinel.config.TopicCatalogue;
import org.heritagesentinel.serde.InternalAvroSerde;

/**
 * The alert lifecycle on the analysts' side, in the declaration task (decisions are keyed like the
 * alerts): cases and escalation of the alerts screening emits, decisions from every authority's
 * {@code alerts.decisions.<authority>.v1} (one source: the topics share the declarations' partitioning),
 * and the pairs they clear broadcast to every declaration task.
 */
final class AlertDecisionTopology {
    private AlertDecisionTopology() {
    }

    /** Returns the escalated alerts. The suppression store must already be in the builder. */
    static KStream<String, Alert> addTo(StreamsBuilder builder, SentinelTopology.Parts parts, KStream<String, Screened> screened) {
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(SentinelTopology.ALERT_CASES_STORE),
            Serdes.String(), new InternalAvroSerde<>(AlertCase.class)));
        builder.addStateStore(Stores.keyValueStoreBuilder(
            Stores.persistentKeyValueStore(SentinelTopology.UNACKNOWLEDGED_RED_STORE), Serdes.String(),
            new InternalAvroSerde<>(PendingRed.class)));
        // beside the cases, not in AlertCase: a new field would break reading existing cases stores (docs/decisions.md, decision-basis)
        builder.addStateStore(Stores.keyValueStoreBuilder(
            Stores.persistentKeyValueStore(SentinelTopology.ALERT_DECISION_COUNTS_STORE), Serdes.String(), Serdes.Integer()));
        SentinelConfig.AlertDecisions settings = parts.decisions();
        UnacknowledgedRed unacknowledged = new UnacknowledgedRed(parts.metrics());
        KStream<String, Alert> escalated = screened.process(() -> new AlertCaseProcessor(parts.lifecycle(),
                settings.escalateRedAfter(), unacknowledged), Named.as("alert-cases"),
            SentinelTopology.ALERT_STATE_STORE, SentinelTopology.ALERT_CASES_STORE, SentinelTopology.UNACKNOWLEDGED_RED_STORE);
        CataloguedTopics topics = new CataloguedTopics(parts);
        Map<String, String> authorityByTopic = new TreeMap<>();
        parts.router().authorities().forEach(authority ->
            authorityByTopic.put(topics.name(TopicCatalogue.AUTHORITY_DECISIONS, authority), authority));
        KStream<String, DecisionOutcome> outcomes = topics.undecoded(builder, authorityByTopic.keySet(), "alert-decisions-source")
            .process(() -> new AlertDecisionProcessor(topics.decoder(TopicCatalogue.AUTHORITY_DECISIONS),
                    authorityByTopic, settings.suppressionPeriod(), parts.metrics()), Named.as("alert-decisions"),
                SentinelTopology.ALERT_CASES_STORE, SentinelTopology.UNACKNOWLEDGED_RED_STORE,
                SentinelTopology.ALERT_DECISION_COUNTS_STORE);
        Map<String, KStream<String, DecisionOutcome>> branches = outcomes.split(Named.as("alert-decision-"))
            .branch((key, outcome) -> outcome.isRefused(), Branched.as("refused"))
            .defaultBranch(Branched.as("cleared"));
        topics.to(branches.get("alert-decision-refused")
                .map((key, outcome) -> KeyValue.pair(outcome.rawKey(), outcome.rawValue()), Named.as("alert-decision-refused-raw")),
            TopicCatalogue.DEAD_LETTER, "alert-decision-dead-letter-sink");
        branches.get("alert-decision-cleared")
            .mapValues(DecisionOutcome::suppression, Named.as("alert-decision-suppression"))
            .repartition(Repartitioned.<String, Suppression>as(SentinelTopology.SUPPRESSION_BROADCAST)
                .withKeySerde(Serdes.String()).withValueSerde(new InternalAvroSerde<>(Suppression.class))
                .withNumberOfPartitions(parts.retro().broadcastPartitions())
                .withStreamPartitioner(Broadcasts.everyPartition()))
            .process(SuppressionProcessor::new, Named.as("hit-suppressions"), SentinelTopology.SUPPRESSION_STORE);
        return escalated;
    }
}
