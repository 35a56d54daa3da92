package org.heritagesentinel.topology;

import java.nio.ByteBuffer;
import java.time.Instant;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * Carries a record's append (or create) time from the timestamp extractor — which replaces the
 * timestamp with the event time — to the processor that measures latency. The header is removed
 * before anything is forwarded, so it never leaves the application.
 */
public final class IngestionTime {
    static final String HEADER = "sentinel.ingested-at";

    private IngestionTime() {
    }

    static void stamp(Headers headers, long epochMillis) {
        headers.remove(HEADER);
        headers.add(HEADER, ByteBuffer.allocate(Long.BYTES).putLong(epochMillis).array());
    }

    /** Reads and removes the stamp; null when the record carries none. */
    public static Instant take(Headers headers) {
        Header header = headers.lastHeader(HEADER);
        if (header == null || header.value() == null || header.value().length != Long.BYTES) {
            return null;
        }
        headers.remove(HEADER);
        return Instant.ofEpochMilli(ByteBuffer.wrap(header.value()).getLong());
    }
}
