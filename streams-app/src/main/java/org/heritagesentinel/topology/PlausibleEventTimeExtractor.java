package org.heritagesentinel.topology;

import java.time.Instant;
import java.util.function.Function;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.processor.TimestampExtractor;
import org.heritagesentinel.time.EventTimePolicy;

/**
 * Event time from the record's own field (e.g. acceptance time). An implausible time never advances
 * stream time: the record gets the partition's current stream time (or its append time before any
 * stream time exists), and the screening adds a warning.
 */
public final class PlausibleEventTimeExtractor<V> implements TimestampExtractor {
    private final Class<V> type;
    private final Function<V, Instant> eventTime;
    private final EventTimePolicy policy;

    public PlausibleEventTimeExtractor(Class<V> type, Function<V, Instant> eventTime, EventTimePolicy policy) {
        this.type = type;
        this.eventTime = eventTime;
        this.policy = policy;
    }

    @Override
    public long extract(ConsumerRecord<Object, Object> record, long partitionTime) {
        if (record.timestamp() >= 0) {
            IngestionTime.stamp(record.headers(), record.timestamp());
        }
        Object value = record.value();
        if (type.isInstance(value)) {
            Instant time = eventTime.apply(type.cast(value));
            if (policy.isPlausible(time, Instant.now())) {
                return time.toEpochMilli();
            }
        }
        if (partitionTime >= 0) {
            return partitionTime;
        }
        return record.timestamp() >= 0 ? record.timestamp() : System.currentTimeMillis();
    }
}
