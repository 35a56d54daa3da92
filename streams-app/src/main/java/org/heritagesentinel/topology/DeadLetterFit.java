package org.heritagesentinel.topology;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.internals.ExceptionHandlerUtils;

/**
 * Makes every dead letter small enough to be written: a dead letter the producer refuses stops the
 * partition it came from, since the record is then read again and again. A dead letter that fits
 * under the producer's {@code max.request.size} is written whole; one that does not keeps the
 * first {@value #PREVIEW_BYTES} bytes of its value, drops the original headers, and says what it
 * was ({@value #ORIGINAL_SIZE}, {@value #ORIGINAL_SHA256}, {@value #TRUNCATED}); where it sits is in
 * the KIP-1034 headers (topic, partition, offset) like on every dead letter.
 */
public final class DeadLetterFit {
    /** Bytes of the original value, when the dead letter holds only its start. */
    public static final String ORIGINAL_SIZE = "sentinel.dlq.original-size";
    /** SHA-256 (hex) of the original value, to find and compare it where it sits. */
    public static final String ORIGINAL_SHA256 = "sentinel.dlq.original-sha256";
    /** Present ("true") on a dead letter that holds only the start of the original value: never replayed. */
    public static final String TRUNCATED = "sentinel.dlq.truncated";
    static final int PREVIEW_BYTES = 64 * 1024;
    private static final String ERROR_HEADER_PREFIX = "__streams.errors.";
    private static final int KEY_BYTES = 1024;
    private static final int MESSAGE_CHARS = 1000;
    private static final int STACK_TRACE_CHARS = 4000;
    /** Record and batch framing, topic name and the headers added here, with room to spare. */
    private static final int FRAMING_BYTES = 16 * 1024;

    private final int maxBytes;

    public DeadLetterFit(int maxRequestSize) {
        this.maxBytes = Math.max(PREVIEW_BYTES + FRAMING_BYTES, maxRequestSize - FRAMING_BYTES);
    }

    /** The limit of the producer the Streams properties configure (the default when none). */
    public static DeadLetterFit forProducerOf(Map<?, ?> streamsProperties) {
        Object size = streamsProperties.get(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG));
        if (size == null) {
            size = streamsProperties.get(ProducerConfig.MAX_REQUEST_SIZE_CONFIG);
        }
        return new DeadLetterFit(size == null ? 1024 * 1024 : Integer.parseInt(size.toString().trim()));
    }

    /** A dead letter of {@code key}/{@code value}, whole when it fits, else truncated and described. */
    public Letter fit(byte[] key, byte[] value, Headers headers) {
        if (size(key) + size(value) + size(headers) <= maxBytes) {
            return new Letter(key, value, headers);
        }
        RecordHeaders described = new RecordHeaders();
        for (Header h : headers) {
            // the error headers say why and where; the original's own headers may be what is too large
            if (h.key().startsWith(ERROR_HEADER_PREFIX) && size(h.value()) <= STACK_TRACE_CHARS * 4) {
                described.add(h);
            }
        }
        put(described, ORIGINAL_SIZE, String.valueOf(size(value)));
        put(described, ORIGINAL_SHA256, value == null ? "" : HexFormat.of().formatHex(sha256(value)));
        put(described, TRUNCATED, "true");
        return new Letter(key == null || key.length <= KEY_BYTES ? key : Arrays.copyOf(key, KEY_BYTES),
            value == null ? null : Arrays.copyOf(value, Math.min(value.length, PREVIEW_BYTES)), described);
    }

    /**
     * The KIP-1034 error headers of a dead letter of {@code source}, with the message and stack
     * trace cut to a bounded length: an exception message may quote the whole record.
     */
    public static void describe(Headers headers, Exception exception, String topic, int partition, long offset) {
        put(headers, ExceptionHandlerUtils.HEADER_ERRORS_EXCEPTION_NAME, exception.getClass().getName());
        put(headers, ExceptionHandlerUtils.HEADER_ERRORS_EXCEPTION_MESSAGE_NAME, cut(String.valueOf(exception.getMessage()),
            MESSAGE_CHARS));
        StringWriter trace = new StringWriter();
        exception.printStackTrace(new PrintWriter(trace));
        put(headers, ExceptionHandlerUtils.HEADER_ERRORS_STACKTRACE_NAME, cut(trace.toString(), STACK_TRACE_CHARS));
        put(headers, ExceptionHandlerUtils.HEADER_ERRORS_TOPIC_NAME, topic);
        put(headers, ExceptionHandlerUtils.HEADER_ERRORS_PARTITION_NAME, String.valueOf(partition));
        put(headers, ExceptionHandlerUtils.HEADER_ERRORS_OFFSET_NAME, String.valueOf(offset));
    }

    static String cut(String text, int chars) {
        return text.length() <= chars ? text : text.substring(0, chars) + "… (" + text.length() + " characters)";
    }

    static void put(Headers headers, String name, String value) {
        headers.remove(name);
        headers.add(name, (value == null ? "" : value).getBytes(StandardCharsets.UTF_8));
    }

    private static int size(byte[] bytes) {
        return bytes == null ? 0 : bytes.length;
    }

    private static int size(Headers headers) {
        int total = 0;
        for (Header h : headers) {
            total += h.key().length() + size(h.value()) + 8;
        }
        return total;
    }

    private static byte[] sha256(byte[] value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** What is written to the dead-letter topic. */
    public record Letter(byte[] key, byte[] value, Headers headers) {
    }
}
