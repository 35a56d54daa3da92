package org.heritagesentinel.topology;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;
import org.heritagesentinel.avro.PartySeizureHistory;
import org.heritagesentinel.avro.ReferencedObjects;
import org.heritagesentinel.avro.RegisterIndexChange;
import org.heritagesentinel.avro.SeizureRegisterRecord;
import org.heritagesentinel.avro.SeizureReport;
import org.heritagesentinel.serde.InternalAvroSerde;

/**
 * The seized-object register, queried over HTTP: records by seizure key in the seizure's task (the
 * seizures topic's partitioning, so {@code queryMetadataForKey} finds them by seizure key), and two
 * indexes after a repartition by index key — seizure histories by party key, objects by reference
 * number (a party's seizures come from every seizure partition; an index entry's owner is found by
 * its key on the repartition topic).
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
        builder.addStateStore(Stores.keyValueStoreBuilder(
            Stores.persistentKeyValueStore(SentinelTopology.SEIZED_OBJECT_REFERENCES_STORE),
            Serdes.String(), new InternalAvroSerde<>(ReferencedObjects.class)));
        seizures
            .process(() -> new SeizureRegisterProcessor(parts.seizureIntelligence().sharingScope()),
                Named.as("seized-object-register"), SentinelTopology.SEIZED_OBJECT_REGISTER_STORE)
            .repartition(Repartitioned.<String, RegisterIndexChange>as("seizure-register-index")
                .withKeySerde(Serdes.String()).withValueSerde(new InternalAvroSerde<>(RegisterIndexChange.class)))
            .process(RegisterIndexProcessor::new, Named.as("seizure-register-indexes"),
                SentinelTopology.PARTY_SEIZURE_HISTORY_STORE, SentinelTopology.SEIZED_OBJECT_REFERENCES_STORE);
    }
}
