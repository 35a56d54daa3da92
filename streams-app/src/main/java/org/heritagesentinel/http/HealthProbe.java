package org.heritagesentinel.http;

import java.util.Set;

import org.apache.kafka.streams.KafkaStreams;

/** What the health endpoints need to know about the running application. */
public interface HealthProbe {

    /** The current Kafka Streams state, or {@code null} before the instance exists. */
    KafkaStreams.State state();

    boolean watchlistLoaded();

    /** Tasks whose stream thread has made no progress for the configured time (none by default). */
    default Set<String> stalledTasks() {
        return Set.of();
    }
}
