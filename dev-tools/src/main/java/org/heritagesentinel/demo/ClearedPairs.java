package org.heritagesentinel.demo;

import java.util.function.Predicate;

import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.heritagesentinel.avro.Suppression;
import org.heritagesentinel.topology.SentinelTopology;

/**
 * Whether an analyst's clearance has reached every declaration task of this (single-instance) demo:
 * the next declaration of the pair is then screened with it, wherever its key falls.
 */
public final class ClearedPairs implements Predicate<String> {
    private final KafkaStreams streams;
    private final int partitions;

    public ClearedPairs(KafkaStreams streams, int partitions) {
        this.streams = streams;
        this.partitions = partitions;
    }

    @Override
    public boolean test(String pair) {
        try {
            for (int partition = 0; partition < partitions; partition++) {
                ReadOnlyKeyValueStore<String, Suppression> store = streams.store(StoreQueryParameters
                    .fromNameAndType(SentinelTopology.SUPPRESSION_STORE, QueryableStoreTypes.<String, Suppression>keyValueStore())
                    .withPartition(partition));
                if (store.get(pair) == null) {
                    return false;
                }
            }
            return true;
        } catch (InvalidStateStoreException rebalancing) {
            return false;
        }
    }
}
