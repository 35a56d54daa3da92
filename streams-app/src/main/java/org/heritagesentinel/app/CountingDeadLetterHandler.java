package org.heritagesentinel.app;

import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.heritagesentinel.logging.RateLimitedLog;
import org.slf4j.LoggerFactory;

/**
 * A record that cannot be decoded becomes a dead letter that always fits (whole, or truncated with
 * its size and digest) and processing resumes: it is never read twice. Counted by source topic and
 * exception class; logged once a minute per topic and reason with the count held back, since a
 * producer sending the wrong kind of record would otherwise fill the log.
 */
public final class CountingDeadLetterHandler implements DeserializationExceptionHandler {
    /** Key under which the application passes its metrics to the handlers through the Streams properties. */
    public static final String METRICS_CONFIG = DeadLetterSink.METRICS_CONFIG;
    private static final RateLimitedLog rejected = new RateLimitedLog(LoggerFactory.getLogger(CountingDeadLetterHandler.class),
        RateLimitedLog.INTERVAL);

    private DeadLetterSink sink;

    @Override
    public void configure(Map<String, ?> configs) {
        sink = DeadLetterSink.configuredBy(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record, Exception exception) {
        rejected.warn(record.topic() + '|' + exception.getClass().getName(),
            "Records of {} cannot be read ({}: {}): dead-lettered, counted in sentinel_dead_letters_total; "
                + "e.g. partition {} offset {} ({} bytes)", record.topic(), exception.getClass().getSimpleName(),
            exception.getMessage(), record.partition(), record.offset(), record.serializedValueSize());
        sink.countIn(record.topic());
        sink.count(record.topic(), exception);
        return Response.resume(sink.letter(record.key(), record.value(), record.headers(), exception, record.topic(),
            record.partition(), record.offset()));
    }
}
