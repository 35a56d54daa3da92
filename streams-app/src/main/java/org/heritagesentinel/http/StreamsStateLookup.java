package org.heritagesentinel.http;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Interactive queries on string-keyed stores: {@code queryMetadataForKey} names the instance whose
 * <em>active</em> task holds the key (its {@code application.server}); only active stores are read
 * here, since a standby may lag behind.
 */
public final class StreamsStateLookup implements StateLookup {
    private final KafkaStreams streams;
    private final HostInfo self;

    public StreamsStateLookup(KafkaStreams streams, HostInfo self) {
        this.streams = streams;
        this.self = self;
    }

    @Override
    public <V> Result<V> find(String store, String key) {
        try {
            KeyQueryMetadata owner = streams.queryMetadataForKey(store, key, Serdes.String().serializer());
            // during a rebalance the partition can be known while its active host is not ("unavailable:-1")
            if (owner == null || KeyQueryMetadata.NOT_AVAILABLE.equals(owner) || owner.activeHost().port() < 0) {
                return new Unavailable<>("no instance holds the key's partition yet (starting or rebalancing)");
            }
            if (!self.equals(owner.activeHost())) {
                return new Elsewhere<>(owner.activeHost().host(), owner.activeHost().port());
            }
            ReadOnlyKeyValueStore<String, V> local = streams.store(StoreQueryParameters
                .fromNameAndType(store, QueryableStoreTypes.<String, V>keyValueStore()).withPartition(owner.partition()));
            V value = local.get(key);
            return value == null ? new Absent<>() : new Found<>(value);
        } catch (StreamsException notQueryableNow) {
            return new Unavailable<>("store not queryable now: " + notQueryableNow.getClass().getSimpleName());
        }
    }
}
