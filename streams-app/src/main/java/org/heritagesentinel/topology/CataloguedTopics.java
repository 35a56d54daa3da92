package org.heritagesentinel.topology;

import java.util.Collection;

import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.processor.TimestampExtractor;
import org.apache.kafka.streams.processor.TopicNameExtractor;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.state.Stores;
import org.heritagesentinel.config.TopicContract;
import org.heritagesentinel.config.Topics;
import org.heritagesentinel.serde.ContractSerdes;

/**
 * The topology's sources and sinks on the shared topics, each named by its {@code TopicCatalogue} contract: the
 * name comes from the configuration, the key and value serdes from the contract's types, so a source or sink
 * cannot read a topic with a serde its contract does not say ({@code TopicSerdesSpec} checks the built topology).
 */
final class CataloguedTopics {
    private final Topics names;
    private final ContractSerdes serdes;

    CataloguedTopics(SentinelTopology.Parts parts) {
        this.names = parts.topics();
        this.serdes = new ContractSerdes(parts.serdes());
    }

    String name(TopicContract<?, ?> topic) {
        return topic.name(names);
    }

    String name(TopicContract<?, ?> topic, String authority) {
        return topic.name(names, authority);
    }

    <K, V> KStream<K, V> stream(StreamsBuilder builder, TopicContract<K, V> topic, String sourceName) {
        return builder.stream(name(topic), consumed(topic).withName(sourceName));
    }

    <K, V> KStream<K, V> stream(StreamsBuilder builder, TopicContract<K, V> topic, TimestampExtractor eventTime,
                                String sourceName) {
        return builder.stream(name(topic), consumed(topic).withTimestampExtractor(eventTime).withName(sourceName));
    }

    /**
     * Records of catalogued topics as they came, for a processor that decodes them itself with
     * {@link #decoder}: a record that does not decode, or that the processor refuses, is dead-lettered whole.
     */
    KStream<byte[], byte[]> undecoded(StreamsBuilder builder, Collection<String> topicNames, String sourceName) {
        return builder.stream(topicNames, Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName(sourceName));
    }

    <V> Deserializer<V> decoder(TopicContract<?, V> topic) {
        return serdes.value(topic).deserializer();
    }

    <K, V> void to(KStream<K, V> stream, TopicContract<K, V> topic, String sinkName) {
        stream.to(name(topic), produced(topic).withName(sinkName));
    }

    /** To the topic {@code which} picks per record, one of {@code topic}'s (per authority) or of a contract of the same types. */
    <K, V> void to(KStream<K, V> stream, TopicNameExtractor<K, V> which, TopicContract<K, V> topic, String sinkName) {
        stream.to(which, produced(topic).withName(sinkName));
    }

    /** A global store holding {@code topic} whole on every instance, kept by {@code processor} (no changelog: the topic is one). */
    <K, V> void globalStore(StreamsBuilder builder, TopicContract<K, V> topic, String storeName, String sourceName,
                            ProcessorSupplier<K, V, Void, Void> processor) {
        Serde<K> keys = serdes.key(topic);
        Serde<V> values = serdes.value(topic);
        builder.addGlobalStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(storeName), keys, values)
            .withLoggingDisabled(), name(topic), Consumed.with(keys, values).withName(sourceName), processor);
    }

    private <K, V> Consumed<K, V> consumed(TopicContract<K, V> topic) {
        return Consumed.with(serdes.key(topic), serdes.value(topic));
    }

    private <K, V> Produced<K, V> produced(TopicContract<K, V> topic) {
        return Produced.with(serdes.key(topic), serdes.value(topic));
    }
}
