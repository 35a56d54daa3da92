package org.heritagesentinel.testkit;

import org.apache.kafka.streams.KafkaStreams;
import org.heritagesentinel.http.HealthProbe;

/** An application that is RUNNING with its watchlist loaded: for ops-server tests that need no Kafka Streams. */
public final class ReadyProbe implements HealthProbe {
    @Override
    public KafkaStreams.State state() {
        return KafkaStreams.State.RUNNING;
    }

    @Override
    public boolean watchlistLoaded() {
        return true;
    }
}
