package org.heritagesentinel.console.view;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;

/**
 * The start of a read from a moment on, without a consumer group: every partition of a topic assigned, each at its
 * first record at or after the moment, or at its end when it has none.
 */
final class PartitionsFrom {
    private PartitionsFrom() {
    }

    /** Assigns and seeks {@code consumer}; returns each partition's end offset at that time (empty: no such topic). */
    static Map<TopicPartition, Long> seek(KafkaConsumer<?, ?> consumer, String topic, Instant since, Duration timeout) {
        List<TopicPartition> partitions = consumer.partitionsFor(topic, timeout).stream()
            .map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, timeout);
        Map<TopicPartition, OffsetAndTimestamp> starts = consumer.offsetsForTimes(
            partitions.stream().collect(Collectors.toMap(Function.identity(), p -> since.toEpochMilli())), timeout);
        partitions.forEach(p -> consumer.seek(p, starts.get(p) == null ? ends.get(p) : starts.get(p).offset()));
        return ends;
    }
}
