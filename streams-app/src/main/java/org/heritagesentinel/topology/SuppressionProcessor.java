package org.heritagesentinel.topology;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.heritagesentinel.avro.Suppression;

/**
 * Keeps the cleared pairs in every declaration task (each receives every suppression), the longest
 * running one per pair, and forgets those that ended (hourly, on the wall clock).
 */
final class SuppressionProcessor implements Processor<String, Suppression, Void, Void> {
    private static final Duration EXPIRY_INTERVAL = Duration.ofHours(1);

    private KeyValueStore<String, Suppression> suppressions;

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        this.suppressions = context.getStateStore(SentinelTopology.SUPPRESSION_STORE);
        context.schedule(EXPIRY_INTERVAL, PunctuationType.WALL_CLOCK_TIME, this::forgetEnded);
    }

    @Override
    public void process(Record<String, Suppression> record) {
        Suppression suppression = record.value();
        if (record.key() == null || suppression == null) {
            return;
        }
        Suppression running = suppressions.get(record.key());
        if (running == null || running.getUntil().isBefore(suppression.getUntil())) {
            suppressions.put(record.key(), suppression);
        }
    }

    private void forgetEnded(long wallClockMs) {
        Instant now = Instant.ofEpochMilli(wallClockMs);
        List<String> ended = new ArrayList<>();
        try (KeyValueIterator<String, Suppression> all = suppressions.all()) {
            all.forEachRemaining(kv -> {
                if (!now.isBefore(kv.value.getUntil())) {
                    ended.add(kv.key);
                }
            });
        }
        ended.forEach(suppressions::delete);
    }
}
