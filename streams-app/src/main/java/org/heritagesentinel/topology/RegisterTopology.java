package org.heritagesentinel.topology;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;
import org.heritagesentinel.avro.PartySeizure;
import org.heritagesentinel.avro.PartySeizureHistory;
import org.heritagesentinel.avro.SeizureRegisterRecord;
import org.heritagesentinel.avro.SeizureReport;
import org.heritagesentinel.serde.InternalAvroSerde;

/**
 * The seized-object register, queried over HTTP: records by seizure key in the seizure's task (the
 * seizures topic's partitioning, so {@code queryMetadataForKey} finds them by seizure key), and
 * seizure histories by party key, after a repartition by party key (a party's seizures come from
 * every seizure partition; the history's owner is found by party key on the repartition topic).
 */
final class RegisterTopology {
    private RegisterTopology() {
    }

    static void addTo(StreamsBuilder builder, SentinelTopology.Parts parts, KStream<String, SeizureReport> seizures) {
        builder.addStateStore(Stores.keyValueStoreBuilder(
            Stores.persistentKeyValueStore(SentinelTopology.SEIZED_OBJECT_REGISTER_STORE),
            Serdes.String(), new InternalAvroSerde<>(SeizureRegisterRecord.class)));
        builder.addStateStore(Stores.keyValueStoreBuilder(
            Stores.persistentKeyValueStore(SentinelTopology.PARTY_SEIZURE_HISTORY_STORE),
            Serdes.String(), new InternalAvroSerde<>(PartySeizureHistory.class)));
        seizures
            .process(() -> new SeizureRegisterProcessor(parts.seizureIntelligence().sharingScope()),
                Named.as("seized-object-register"), SentinelTopology.SEIZED_OBJECT_REGISTER_STORE)
            .repartition(Repartitioned.<String, PartySeizure>as("seizures-by-party")
                .withKeySerde(Serdes.String()).withValueSerde(new InternalAvroSerde<>(PartySeizure.class)))
            .process(PartyHistoryProcessor::new, Named.as("party-seizure-history"), SentinelTopology.PARTY_SEIZURE_HISTORY_STORE);
    }
}
