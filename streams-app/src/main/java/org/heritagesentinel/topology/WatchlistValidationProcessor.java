package org.heritagesentinel.topology;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.metrics.SentinelMetrics;
import org.heritagesentinel.watchlist.EntryValidator;
import org.heritagesentinel.watchlist.SubmissionOutcome;

/**
 * Decodes and validates raw watchlist submissions in a normal sub-topology, where a bad record can be
 * dead-lettered, before anything reaches the global table whose thread must never fail.
 */
final class WatchlistValidationProcessor implements Processor<byte[], byte[], String, SubmissionOutcome> {
    private final Deserializer<WatchlistEntry> deserializer;
    private final EntryValidator validator;
    private final SentinelMetrics metrics;
    private ProcessorContext<String, SubmissionOutcome> context;

    WatchlistValidationProcessor(Deserializer<WatchlistEntry> deserializer, EntryValidator validator, SentinelMetrics metrics) {
        this.deserializer = deserializer;
        this.validator = validator;
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<String, SubmissionOutcome> context) {
        this.context = context;
    }

    /** Every submission read is accepted (processed) or refused (dead-lettered): the counts reconcile. */
    @Override
    public void process(Record<byte[], byte[]> record) {
        String topic = context.recordMetadata().map(RecordMetadata::topic).orElse("");
        metrics.recordIn(topic);
        String key = record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8);
        if (key == null || key.isBlank()) {
            refuse(record, key, "IllegalArgumentException", "watchlist submission without key (entry id)");
            return;
        }
        if (record.value() == null) {
            List<String> problems = delistingProblems(record.headers());
            if (problems.isEmpty()) {
                accept(record, key, null, topic);
            } else {
                refuse(record, key, "InvalidWatchlistEntry", "invalid delisting: " + String.join("; ", problems));
            }
            return;
        }
        WatchlistEntry entry;
        try {
            entry = deserializer.deserialize(topic, record.headers(), record.value());
        } catch (RuntimeException e) {
            refuse(record, key, e.getClass().getName(), "undecodable watchlist entry: " + e.getMessage());
            return;
        }
        List<String> problems = entry == null ? List.of("empty entry") : validator.problems(key, entry);
        if (!problems.isEmpty()) {
            refuse(record, key, "InvalidWatchlistEntry", "invalid watchlist entry: " + String.join("; ", problems));
            return;
        }
        accept(record, key, entry, topic);
    }

    /**
     * A tombstone naming an approver is a delisting through four eyes, checked like an approved listing; one without is
     * an operator's delisting ({@code sentinel watchlist}), audited with its author only.
     */
    private List<String> delistingProblems(Headers headers) {
        if (headers.lastHeader(WatchlistAuditProcessor.APPROVER_HEADER) == null) {
            return List.of();
        }
        return validator.delistingProblems(WatchlistAuditProcessor.text(headers, WatchlistAuditProcessor.AUTHOR_HEADER),
            WatchlistAuditProcessor.text(headers, WatchlistAuditProcessor.APPROVER_HEADER),
            WatchlistAuditProcessor.text(headers, WatchlistAuditProcessor.DELISTING_REASON_HEADER));
    }

    private void accept(Record<byte[], byte[]> record, String key, WatchlistEntry entry, String topic) {
        context.forward(record.withKey(key).withValue(SubmissionOutcome.accepted(entry)));
        metrics.recordProcessed(topic);
    }

    private void refuse(Record<byte[], byte[]> record, String key, String errorClass, String reason) {
        metrics.deadLetter(context.recordMetadata().map(RecordMetadata::topic).orElse(""),
            errorClass.substring(errorClass.lastIndexOf('.') + 1));
        Headers headers = DeadLetterHeaders.describing(record.headers(), errorClass, reason, context.recordMetadata());
        context.forward(new Record<>(key == null ? "" : key, SubmissionOutcome.refused(record.key(), record.value(), reason),
            record.timestamp(), headers));
    }
}
