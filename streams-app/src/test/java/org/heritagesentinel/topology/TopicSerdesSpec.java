package org.heritagesentinel.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.processor.internals.ProcessorNode;
import org.apache.kafka.streams.processor.internals.ProcessorTopology;
import org.apache.kafka.streams.processor.internals.SinkNode;
import org.heritagesentinel.app.ScreeningParts;
import org.heritagesentinel.app.StreamsSettings;
import org.heritagesentinel.config.ConfigLoader;
import org.heritagesentinel.config.SentinelConfig;
import org.heritagesentinel.config.TopicCatalogue;
import org.heritagesentinel.config.TopicContract;
import org.heritagesentinel.metrics.SentinelMetrics;
import org.heritagesentinel.screening.CulturalTerms;
import org.heritagesentinel.screening.PeriodReader;
import org.heritagesentinel.serde.AvroSerdeFactory;
import org.junit.jupiter.api.Test;

/**
 * Every source and sink of the built topology on a shared topic decodes and encodes what that topic's
 * {@link TopicCatalogue} contract says: its key type and its value type. The topology is built with value
 * serdes that carry their type, and each source's deserializers and each sink's serializers are read off the
 * topology Kafka Streams runs (its nodes' fields: Kafka Streams has no public view of a node's serdes).
 */
class TopicSerdesSpec {
    /** Sources that take records as they came and decode them in their processor: a bad record is dead-lettered whole. */
    private static final Set<String> UNDECODED_SOURCES = Set.of("watchlist-submissions-source", "alert-decisions-source");
    /** Sinks whose topic a record header picks, and the contracts it picks among. */
    private static final Map<String, List<TopicContract<?, ?>>> ROUTED_SINKS = Map.of("authority-alerts-sink",
        List.of(TopicCatalogue.AUTHORITY_ALERTS, TopicCatalogue.UNROUTED_ALERTS));

    /** A value serde that encodes nothing and says which type it was made for. */
    private record Typed<T>(Class<T> type) implements Serializer<T>, Deserializer<T> {
        @Override
        public byte[] serialize(String topic, T data) {
            throw new UnsupportedOperationException("the spec only reads the wiring");
        }

        @Override
        public T deserialize(String topic, byte[] data) {
            throw new UnsupportedOperationException("the spec only reads the wiring");
        }

        @Override
        public void configure(Map<String, ?> configs, boolean isKey) {
            // nothing to configure: it encodes nothing
        }

        @Override
        public void close() {
            // holds nothing
        }
    }

    private static final AvroSerdeFactory TYPED = new AvroSerdeFactory() {
        @Override
        public <T extends SpecificRecord> Serde<T> value(Class<T> type) {
            Typed<T> typed = new Typed<>(type);
            return Serdes.serdeFrom(typed, typed);
        }
    };

    private final SentinelConfig config = ConfigLoader.withOverrides(Map.of("kafka.bootstrap.servers", "dummy:9092"));

    @Test
    void everySourceAndSinkOfASharedTopicUsesTheSerdesOfItsContract() throws ReflectiveOperationException {
        Map<String, TopicContract<?, ?>> contractOf = new HashMap<>();
        TopicCatalogue.ALL.forEach(contract -> TopicCatalogue.names(contract, config.topics(), config.regionAuthorities())
            .forEach(name -> contractOf.put(name, contract)));
        Map<String, String> expected = new TreeMap<>();
        Map<String, String> wired = new TreeMap<>();
        Set<String> read = new TreeSet<>();
        Set<String> written = new TreeSet<>();
        try (TopologyTestDriver driver = driver()) {
            for (ProcessorTopology topology : List.of(topology(driver, "processorTopology"), topology(driver, "globalTopology"))) {
                for (String topic : topology.sourceTopics()) {
                    TopicContract<?, ?> contract = contractOf.get(topic);
                    if (contract == null) {
                        continue; // an internal repartition topic: not a shared contract
                    }
                    ProcessorNode<?, ?, ?, ?> source = topology.source(topic);
                    String where = "source " + source.name() + " of " + topic;
                    wired.put(where, types(field(source, "keyDeserializer"), field(source, "valDeserializer")));
                    expected.put(where, UNDECODED_SOURCES.contains(source.name()) ? "byte[] / byte[]" : types(contract));
                    read.add(contract.nameKey().key());
                }
                for (String topic : topology.sinkTopics()) {
                    TopicContract<?, ?> contract = contractOf.get(topic);
                    if (contract == null) {
                        continue;
                    }
                    SinkNode<?, ?> sink = topology.sink(topic);
                    String where = "sink " + sink.name() + " to " + topic;
                    wired.put(where, types(field(sink, "keySerializer"), field(sink, "valSerializer")));
                    expected.put(where, types(contract));
                    written.add(contract.nameKey().key());
                }
                for (ProcessorNode<?, ?, ?, ?> node : topology.processors()) {
                    if (node instanceof SinkNode<?, ?> sink && ROUTED_SINKS.containsKey(sink.name())) {
                        for (TopicContract<?, ?> contract : ROUTED_SINKS.get(sink.name())) {
                            String where = "sink " + sink.name() + " to a topic of " + contract.nameKey().key();
                            wired.put(where, types(field(sink, "keySerializer"), field(sink, "valSerializer")));
                            expected.put(where, types(contract));
                            written.add(contract.nameKey().key());
                        }
                    }
                }
            }
        }
        List<String> disagreeing = new ArrayList<>();
        wired.forEach((where, types) -> {
            if (!types.equals(expected.get(where))) {
                disagreeing.add(where + " is wired " + types + ", its contract says " + expected.get(where));
            }
        });
        assertThat(disagreeing).as("key / value types of every source and sink on a shared topic").isEmpty();
        assertThat(read).as("the topics the topology reads are those the catalogue says the application reads")
            .containsExactlyInAnyOrderElementsOf(keys(TopicContract.Access.APPLICATION_READS));
        assertThat(written).as("the topics the topology writes are those the catalogue says the application writes")
            .containsExactlyInAnyOrderElementsOf(keys(TopicContract.Access.APPLICATION_WRITES));
    }

    private TopologyTestDriver driver() {
        SentinelTopology.Parts made = ScreeningParts.create(config, TYPED, new SentinelMetrics(new SimpleMeterRegistry()),
            PeriodReader.NONE, CulturalTerms.NONE);
        // without the size limit the composition root wraps value serdes in: the spec reads the serdes themselves
        SentinelTopology.Parts parts = new SentinelTopology.Parts(made.topics(), TYPED, made.index(), made.screener(),
            made.lifecycle(), made.recipients(), made.eventTime(), made.rates(), made.retro(), made.records(),
            made.seizureIntelligence(), made.router(), made.metrics(), made.decisions(), made.coordination(), made.replay(),
            made.limits());
        Properties props = StreamsSettings.of(config);
        props.put(StreamsConfig.STATE_DIR_CONFIG, System.getProperty("java.io.tmpdir") + "/sentinel-serdes-" + System.nanoTime());
        return new TopologyTestDriver(SentinelTopology.build(parts, props), props, TopologyHarness.WALL_CLOCK);
    }

    private static List<String> keys(TopicContract.Access access) {
        List<String> keys = new ArrayList<>();
        TopicCatalogue.ALL.stream().filter(contract -> contract.has(access)).forEach(contract -> keys.add(contract.nameKey().key()));
        return keys;
    }

    private static String types(TopicContract<?, ?> contract) {
        return contract.keyType().getSimpleName() + " / " + contract.valueType().getSimpleName();
    }

    private static String types(Object key, Object value) {
        return type(key) + " / " + type(value);
    }

    private static String type(Object serde) {
        if (serde instanceof Typed<?> typed) {
            return typed.type().getSimpleName();
        }
        if (serde instanceof StringSerializer || serde instanceof StringDeserializer) {
            return "String";
        }
        if (serde instanceof ByteArraySerializer || serde instanceof ByteArrayDeserializer) {
            return "byte[]";
        }
        return serde == null ? "the default serde" : serde.getClass().getName();
    }

    private static ProcessorTopology topology(TopologyTestDriver driver, String name) throws ReflectiveOperationException {
        return (ProcessorTopology) field(driver, name);
    }

    private static Object field(Object owner, String name) throws ReflectiveOperationException {
        for (Class<?> type = owner.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                return field.get(owner);
            } catch (NoSuchFieldException e) {
                // declared higher up
            }
        }
        throw new NoSuchFieldException(owner.getClass().getName() + "." + name + " (Kafka Streams renamed it: adapt the spec)");
    }
}
