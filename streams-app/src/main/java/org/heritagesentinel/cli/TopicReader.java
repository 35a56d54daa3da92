package org.heritagesentinel.cli;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.BiConsumer;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.heritagesentinel.config.ClientProperties;
import org.heritagesentinel.config.SentinelConfig;
import org.heritagesentinel.config.TopicContract;
import org.heritagesentinel.serde.ContractSerdes;
import org.heritagesentinel.serde.SentinelSerdes;

/**
 * Reads a catalogued topic's committed records from a point in time to its current end, without a consumer
 * group, decoded as its contract says.
 */
final class TopicReader {
    private TopicReader() {
    }

    static <K, V> int read(SentinelConfig config, TopicContract<K, V> topic, Instant from, BiConsumer<K, V> handler) {
        return readTopic(config, topic, topic.name(config.topics()), from, handler);
    }

    /** One authority's topic of a per-authority contract. */
    static <K, V> int read(SentinelConfig config, TopicContract<K, V> topic, String authority, Instant from,
                           BiConsumer<K, V> handler) {
        return readTopic(config, topic, topic.name(config.topics(), authority), from, handler);
    }

    private static <K, V> int readTopic(SentinelConfig config, TopicContract<K, V> contract, String topic, Instant from,
                                        BiConsumer<K, V> handler) {
        Properties props = ClientProperties.consumer(config);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        ContractSerdes serdes = new ContractSerdes(new SentinelSerdes(config));
        int count = 0;
        try (KafkaConsumer<K, V> consumer = new KafkaConsumer<>(props, serdes.key(contract).deserializer(),
            serdes.value(contract).deserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> since = new HashMap<>();
            partitions.forEach(p -> since.put(p, from.toEpochMilli()));
            Map<TopicPartition, OffsetAndTimestamp> starts = consumer.offsetsForTimes(since);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            for (TopicPartition p : partitions) {
                OffsetAndTimestamp start = starts.get(p);
                consumer.seek(p, start == null ? ends.get(p) : start.offset());
            }
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                for (var record : consumer.poll(Duration.ofMillis(500))) {
                    handler.accept(record.key(), record.value());
                    count++;
                }
            }
        }
        return count;
    }
}
