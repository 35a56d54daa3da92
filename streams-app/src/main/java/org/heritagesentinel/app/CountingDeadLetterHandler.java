package org.heritagesentinel.app;

import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A record that cannot be decoded becomes a dead letter that always fits (whole, or truncated with
 * its size and digest) and processing resumes: it is never read twice. Counted by source topic and
 * exception class.
 */
public final class CountingDeadLetterHandler implements DeserializationExceptionHandler {
    /** Key under which the application passes its metrics to the handlers through the Streams properties. */
    public static final String METRICS_CONFIG = DeadLetterSink.METRICS_CONFIG;
    private static final Logger log = LoggerFactory.getLogger(CountingDeadLetterHandler.class);

    private DeadLetterSink sink;

    @Override
    public void configure(Map<String, ?> configs) {
        sink = DeadLetterSink.configuredBy(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record, Exception exception) {
        log.warn("Undecodable record at {}/{}/{} ({} bytes) dead-lettered: {}", record.topic(), record.partition(),
            record.offset(), record.serializedValueSize(), exception.toString());
        sink.countIn(record.topic());
        sink.count(record.topic(), exception);
        return Response.resume(sink.letter(record.key(), record.value(), record.headers(), exception, record.topic(),
            record.partition(), record.offset()));
    }
}
