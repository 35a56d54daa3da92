package org.heritagesentinel.topology;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.errors.internals.ExceptionHandlerUtils;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * Dead letters written by the topology carry the same headers as Kafka Streams' own dead-letter
 * queue (KIP-1034), so one tool reads both.
 */
public final class DeadLetterHeaders {
    private DeadLetterHeaders() {
    }

    /** A copy of {@code original} describing why the record is a dead letter. */
    static Headers describing(Headers original, String errorClass, String reason, Optional<RecordMetadata> source) {
        RecordHeaders headers = new RecordHeaders(original.toArray());
        source.ifPresent(s -> describe(headers, errorClass, reason, s));
        return headers;
    }

    public static void describe(Headers headers, String errorClass, String reason, RecordMetadata source) {
        put(headers, ExceptionHandlerUtils.HEADER_ERRORS_EXCEPTION_NAME, errorClass);
        put(headers, ExceptionHandlerUtils.HEADER_ERRORS_EXCEPTION_MESSAGE_NAME, reason);
        put(headers, ExceptionHandlerUtils.HEADER_ERRORS_TOPIC_NAME, source.topic());
        put(headers, ExceptionHandlerUtils.HEADER_ERRORS_PARTITION_NAME, String.valueOf(source.partition()));
        put(headers, ExceptionHandlerUtils.HEADER_ERRORS_OFFSET_NAME, String.valueOf(source.offset()));
    }

    private static void put(Headers headers, String name, String value) {
        headers.remove(name);
        headers.add(name, (value == null ? "" : value).getBytes(StandardCharsets.UTF_8));
    }
}
