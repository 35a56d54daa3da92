package org.heritagesentinel.topology;

import java.util.Map;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.state.Stores;
import org.heritagesentinel.avro.ScreeningState;
import org.heritagesentinel.avro.SeizureLedger;
import org.heritagesentinel.avro.SeizureReport;
import org.heritagesentinel.config.TopicCatalogue;
import org.heritagesentinel.serde.InternalAvroSerde;
import org.heritagesentinel.seizure.SeizureOutput;

/**
 * Seizure reports: screened, alerted on, and fed back into the watchlist through the same
 * validation path as any other submission.
 */
final class SeizureTopology {
    private SeizureTopology() {
    }

    static void addTo(StreamsBuilder builder, SentinelTopology.Parts parts) {
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(SentinelTopology.SEIZURE_STATE_STORE),
            Serdes.String(), new InternalAvroSerde<>(ScreeningState.class)));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(SentinelTopology.SEIZURE_LEDGER_STORE),
            Serdes.String(), new InternalAvroSerde<>(SeizureLedger.class)));
        PlausibleEventTimeExtractor<SeizureReport> reportedAt = new PlausibleEventTimeExtractor<>(SeizureReport.class,
            SeizureReport::getReportedAt, parts.eventTime());
        CataloguedTopics topics = new CataloguedTopics(parts);
        KStream<String, SeizureReport> seizures = topics.stream(builder, TopicCatalogue.SEIZURES, reportedAt, "seizures-source");
        OutcomeTopology.addTo(builder, parts, seizures);
        RegisterTopology.addTo(builder, parts, seizures);
        KStream<String, SeizureOutput> outputs = seizures
            .process(() -> new SeizureProcessor(parts.screener(), parts.lifecycle(), parts.recipients(),
                parts.seizureIntelligence(), parts.metrics()), Named.as("seizure-processing"),
                SentinelTopology.SEIZURE_STATE_STORE, SentinelTopology.SEIZURE_LEDGER_STORE);
        Map<String, KStream<String, SeizureOutput>> branches = outputs.split(Named.as("seizure-output-"))
            .branch((key, output) -> output.isAlert(), Branched.as("alert"))
            .defaultBranch(Branched.as("watchlist"));
        topics.to(branches.get("seizure-output-alert").mapValues(SeizureOutput::alert, Named.as("seizure-alert")),
            TopicCatalogue.ALERTS, "seizure-alerts-sink");
        topics.to(branches.get("seizure-output-watchlist").mapValues(SeizureOutput::entry, Named.as("seizure-watchlist-entry")),
            TopicCatalogue.WATCHLIST_SUBMISSIONS, "seizure-watchlist-sink");
    }
}
