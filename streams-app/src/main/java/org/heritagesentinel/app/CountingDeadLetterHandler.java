package org.heritagesentinel.app;

import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.heritagesentinel.logging.RateLimitedLog;
import org.heritagesentinel.metrics.SentinelMetrics;
import org.slf4j.LoggerFactory;

/**
 * Kafka Streams' log-and-continue handler with its dead-letter queue, counting every dead letter
 * by source topic and exception class for the ops dashboards. The parent's line per record (with its
 * stack trace) is silenced in logback.xml: a producer sending the wrong kind of record would fill the
 * log; here it is one line a minute per topic and reason, with the count held back.
 */
public final class CountingDeadLetterHandler extends LogAndContinueExceptionHandler {
    /** Key under which the application passes its metrics to the handler through the Streams properties. */
    public static final String METRICS_CONFIG = "sentinel.metrics.instance";

    private static final RateLimitedLog rejected = new RateLimitedLog(LoggerFactory.getLogger(CountingDeadLetterHandler.class),
        RateLimitedLog.INTERVAL);

    private SentinelMetrics metrics;

    @Override
    public void configure(Map<String, ?> configs) {
        super.configure(configs);
        Object instance = configs.get(METRICS_CONFIG);
        metrics = instance instanceof SentinelMetrics m ? m : null;
    }

    @Override
    public Response handleError(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record, Exception exception) {
        if (metrics != null) {
            metrics.deadLetter(record.topic(), exception.getClass().getSimpleName());
        }
        rejected.warn(record.topic() + '|' + exception.getClass().getName(),
            "Records of {} cannot be read ({}: {}): sent to the dead-letter topic, counted in sentinel_dead_letters_total; "
                + "e.g. partition {} offset {}", record.topic(), exception.getClass().getSimpleName(), exception.getMessage(),
            record.partition(), record.offset());
        return super.handleError(context, record, exception);
    }
}
