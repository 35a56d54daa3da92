package org.heritagesentinel.topology;

import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.kafka.streams.processor.StreamPartitioner;

/**
 * Internal topics laid out like the declarations topic, whose every record goes to every partition
 * (KIP-837 multicast): so each declaration task gets its own copy of what all tasks must know.
 */
final class Broadcasts {
    private Broadcasts() {
    }

    static <K, V> StreamPartitioner<K, V> everyPartition() {
        return (topic, key, value, count) -> Optional.of(IntStream.range(0, count).boxed().collect(Collectors.toSet()));
    }
}
