package org.heritagesentinel.app;

import java.util.Properties;

import org.apache.kafka.streams.StreamsConfig;
import org.heritagesentinel.config.SentinelConfig;

/** Kafka Streams properties: safe defaults for evidence-grade processing, overridable by {@code kafka.*}. */
public final class StreamsSettings {
    private StreamsSettings() {
    }

    public static Properties of(SentinelConfig config) {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, config.applicationId());
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        // refuse to start with generated store/topic names: a renamed store silently loses state
        props.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true);
        // undecodable input and processing failures go to the dead-letter topic; the app never stops on data
        props.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, config.topics().deadLetter());
        props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, CountingDeadLetterHandler.class.getName());
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProcessingHandler.class.getName());
        // an output refused for its size is dead-lettered, never FAIL: failing re-reads the input forever
        props.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, RefusedOutputHandler.class.getName());
        RecordSizes.clientSettings().forEach(props::put);
        // KIP-1270: the global watchlist thread uses the handler too. The key is deprecated in 4.3 only because
        // 5.0 makes this behaviour the default; named by its string so the build stays warning-free
        props.put("processing.exception.handler.global.enabled", true);
        props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
        // a declaration task reads five inputs (declarations, the watchlist and suppression broadcasts, context
        // hits, seizure links) that nothing joins in event time: never hold a declaration back until every other
        // input is fetched (with idling on, Kafka Streams also formats a log line per empty input for every record)
        props.put(StreamsConfig.MAX_TASK_IDLE_MS_CONFIG, StreamsConfig.MAX_TASK_IDLE_MS_DISABLED);
        props.put(StreamsConfig.TOPOLOGY_OPTIMIZATION_CONFIG, StreamsConfig.NO_OPTIMIZATION);
        props.put(StreamsConfig.producerPrefix("compression.type"), "lz4");
        // a warm copy of each task's state on another instance: a failover does not wait for a changelog restore
        props.put(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG, 1);
        config.kafkaClient().forEach((key, value) -> {
            if (!"bootstrap.servers".equals(key)) {
                props.put(key, value);
            }
        });
        return props;
    }
}
