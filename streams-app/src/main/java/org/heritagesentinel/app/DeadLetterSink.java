package org.heritagesentinel.app;

import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.StreamsConfig;
import org.heritagesentinel.metrics.SentinelMetrics;
import org.heritagesentinel.topology.DeadLetterFit;

/**
 * What the exception handlers share: the dead-letter topic, a dead letter that always fits, and the
 * count of dead letters by source topic and exception class for the ops dashboards.
 */
final class DeadLetterSink {
    /** Key under which the application passes its metrics to the handlers through the Streams properties. */
    static final String METRICS_CONFIG = "sentinel.metrics.instance";

    private final String topic;
    private final DeadLetterFit fit;
    private final SentinelMetrics metrics;

    private DeadLetterSink(String topic, DeadLetterFit fit, SentinelMetrics metrics) {
        this.topic = topic;
        this.fit = fit;
        this.metrics = metrics;
    }

    /** From the Streams properties a handler is configured with. */
    static DeadLetterSink configuredBy(Map<String, ?> configs) {
        Object topic = configs.get(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG);
        Object metrics = configs.get(METRICS_CONFIG);
        return new DeadLetterSink(topic == null ? null : topic.toString(), DeadLetterFit.forProducerOf(configs),
            metrics instanceof SentinelMetrics m ? m : null);
    }

    boolean isDeadLetterTopic(String name) {
        return name != null && name.equals(topic);
    }

    /**
     * The dead letter of a record read at {@code sourceTopic}/{@code partition}/{@code offset}; none
     * when no dead-letter topic is configured.
     */
    List<ProducerRecord<byte[], byte[]>> letter(byte[] key, byte[] value, Headers original, Exception exception,
                                                String sourceTopic, int partition, long offset) {
        if (topic == null) {
            return List.of();
        }
        RecordHeaders headers = original == null ? new RecordHeaders() : new RecordHeaders(original.toArray());
        DeadLetterFit.describe(headers, exception, sourceTopic, partition, offset);
        DeadLetterFit.Letter letter = fit.fit(key, value, headers);
        return List.of(new ProducerRecord<>(topic, null, letter.key(), letter.value(), letter.headers()));
    }

    /** A dead letter that was refused, cut to fit, its error headers kept. */
    List<ProducerRecord<byte[], byte[]>> refit(ProducerRecord<byte[], byte[]> refused) {
        DeadLetterFit.Letter letter = fit.fit(refused.key(), refused.value(), refused.headers());
        return List.of(new ProducerRecord<>(topic, null, letter.key(), letter.value(), letter.headers()));
    }

    void countIn(String sourceTopic) {
        if (metrics != null) {
            metrics.recordIn(sourceTopic == null ? "" : sourceTopic);
        }
    }

    /** One more input record of {@code sourceTopic} dead-lettered, for the reconciliation of counts. */
    void count(String sourceTopic, Exception exception) {
        if (metrics != null) {
            metrics.deadLetter(sourceTopic == null ? "" : sourceTopic, exception.getClass().getSimpleName());
        }
    }

    void countRefusedOutput(String outputTopic, Exception exception) {
        if (metrics != null) {
            metrics.outputRefused(outputTopic, exception.getClass().getSimpleName());
        }
    }
}
