package org.heritagesentinel.app;

import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.heritagesentinel.metrics.SentinelMetrics;

/**
 * Kafka Streams' log-and-continue handler with its dead-letter queue, counting every dead letter
 * by source topic and exception class for the ops dashboards.
 */
public final class CountingDeadLetterHandler extends LogAndContinueExceptionHandler {
    /** Key under which the application passes its metrics to the handler through the Streams properties. */
    public static final String METRICS_CONFIG = "sentinel.metrics.instance";

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
        return super.handleError(context, record, exception);
    }
}
