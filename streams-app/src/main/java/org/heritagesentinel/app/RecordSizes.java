package org.heritagesentinel.app;

import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.streams.StreamsConfig;

/**
 * One set of record sizes for every topic the application reads or writes — inputs, outputs,
 * dead letters, changelogs and repartition topics — so that a record the producer accepts is never
 * refused by the broker (which, under exactly-once, would abort the transaction and re-read the
 * input forever): the producer refuses first, and what it refuses is dead-lettered.
 * <ul>
 *   <li>producer {@code max.request.size}: {@value #MAX_REQUEST_BYTES} (the Kafka default, written out);</li>
 *   <li>topic {@code max.message.bytes}: {@value #TOPIC_MAX_MESSAGE_BYTES}, the producer's limit plus
 *       room for the batch framing of an incompressible record;</li>
 *   <li>consumer {@code max.partition.fetch.bytes}: the topic limit, so one fetch holds any record.</li>
 * </ul>
 * Inputs larger than {@code limits.record-bytes} are dead-lettered undecoded (see {@code SizeLimitedSerdes}).
 */
public final class RecordSizes {
    public static final int MAX_REQUEST_BYTES = 1024 * 1024;
    public static final int TOPIC_MAX_MESSAGE_BYTES = MAX_REQUEST_BYTES + 64 * 1024;

    private RecordSizes() {
    }

    /** The Streams client settings; {@code kafka.*} keys of the configuration may still override them. */
    static Map<String, Object> clientSettings() {
        return Map.of(
            StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG), MAX_REQUEST_BYTES,
            StreamsConfig.consumerPrefix(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG), TOPIC_MAX_MESSAGE_BYTES,
            StreamsConfig.topicPrefix(TopicConfig.MAX_MESSAGE_BYTES_CONFIG), String.valueOf(TOPIC_MAX_MESSAGE_BYTES));
    }
}
