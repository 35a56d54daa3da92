package org.heritagesentinel.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;

import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

/** A dead letter is written whole when it fits under the producer's limit, else cut and described. */
class DeadLetterFitSpec {
    private static final int MAX_REQUEST_SIZE = 1024 * 1024;
    private final DeadLetterFit fit = new DeadLetterFit(MAX_REQUEST_SIZE);

    @Test
    void aDeadLetterThatFitsIsWrittenWhole() {
        byte[] value = new byte[900_000];
        Headers headers = errorHeaders("value of 900000 bytes");

        DeadLetterFit.Letter letter = fit.fit(bytes("K"), value, headers);

        assertThat(letter.value()).isEqualTo(value);
        assertThat(letter.headers()).isSameAs(headers);
        assertThat(letter.headers().lastHeader(DeadLetterFit.TRUNCATED)).isNull();
    }

    @Test
    void aDeadLetterThatCannotBeWrittenWholeKeepsItsStartItsSizeItsDigestAndWhereItSits() throws Exception {
        byte[] value = new byte[1_047_000];
        Arrays.fill(value, (byte) 7);
        Headers headers = errorHeaders("undecodable");
        // the original's own headers may be what makes it too large: they are dropped, the error headers kept
        headers.add("producer-trace", new byte[200_000]);

        DeadLetterFit.Letter letter = fit.fit(bytes("K".repeat(5000)), value, headers);

        assertThat(letter.value()).hasSize(DeadLetterFit.PREVIEW_BYTES).isEqualTo(Arrays.copyOf(value, DeadLetterFit.PREVIEW_BYTES));
        assertThat(letter.key()).hasSize(1024);
        assertThat(text(letter.headers(), DeadLetterFit.TRUNCATED)).isEqualTo("true");
        assertThat(text(letter.headers(), DeadLetterFit.ORIGINAL_SIZE)).isEqualTo("1047000");
        assertThat(text(letter.headers(), DeadLetterFit.ORIGINAL_SHA256))
            .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value)));
        assertThat(text(letter.headers(), "__streams.errors.topic")).isEqualTo("declarations");
        assertThat(text(letter.headers(), "__streams.errors.partition")).isEqualTo("2");
        assertThat(text(letter.headers(), "__streams.errors.offset")).isEqualTo("41");
        assertThat(letter.headers().lastHeader("producer-trace")).isNull();
        int size = letter.key().length + letter.value().length;
        for (Header h : letter.headers()) {
            size += h.key().length() + h.value().length;
        }
        assertThat(size).isLessThan(MAX_REQUEST_SIZE / 8);
    }

    @Test
    void theErrorMessageAndStackTraceAreBounded() {
        Headers headers = new RecordHeaders();
        DeadLetterFit.describe(headers, new RecordTooLargeException("x".repeat(50_000)), "declarations", 0, 1);

        assertThat(text(headers, "__streams.errors.message")).hasSizeLessThan(1100).endsWith("(50000 characters)");
        assertThat(text(headers, "__streams.errors.stacktrace")).hasSizeLessThan(4100);
        assertThat(text(headers, "__streams.errors.exception")).isEqualTo(RecordTooLargeException.class.getName());
    }

    private static Headers errorHeaders(String message) {
        Headers headers = new RecordHeaders();
        DeadLetterFit.describe(headers, new IllegalArgumentException(message), "declarations", 2, 41);
        return headers;
    }

    private static String text(Headers headers, String name) {
        Header h = headers.lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
