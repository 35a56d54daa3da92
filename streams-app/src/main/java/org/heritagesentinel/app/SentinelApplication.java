package org.heritagesentinel.app;

import java.time.Duration;
import java.util.Properties;

import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.heritagesentinel.config.SentinelConfig;
import org.heritagesentinel.serde.AvroSerdeFactory;
import org.heritagesentinel.topology.SentinelTopology;
import org.heritagesentinel.watchlist.WatchlistIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One running instance of the screening application: topology, Kafka Streams client and its lifecycle. */
public final class SentinelApplication implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SentinelApplication.class);

    private final SentinelTopology.Parts parts;
    private final KafkaStreams streams;
    private final Topology topology;

    public SentinelApplication(SentinelConfig config, AvroSerdeFactory serdes) {
        this(config, serdes, new Properties());
    }

    /** {@code overrides} win over the configuration (tests: state directory, instance-specific ids). */
    public SentinelApplication(SentinelConfig config, AvroSerdeFactory serdes, Properties overrides) {
        this.parts = ScreeningParts.create(config, serdes);
        Properties props = StreamsSettings.of(config);
        props.putAll(overrides);
        this.topology = SentinelTopology.build(parts, props);
        this.streams = new KafkaStreams(topology, props);
        streams.setUncaughtExceptionHandler(e -> {
            log.error("Stream thread failed; replacing it", e);
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        streams.setStateListener((now, before) -> log.info("Kafka Streams {} -> {}", before, now));
    }

    public void start() {
        log.debug("Topology:\n{}", topology.describe());
        streams.start();
    }

    public KafkaStreams.State state() {
        return streams.state();
    }

    public KafkaStreams streams() {
        return streams;
    }

    public WatchlistIndex watchlist() {
        return parts.index();
    }

    /** The watchlist is bootstrapped (global store restored) before a Kafka Streams client turns RUNNING. */
    public boolean isReady() {
        return streams.state() == KafkaStreams.State.RUNNING;
    }

    @Override
    public void close() {
        streams.close(Duration.ofSeconds(30));
    }
}
