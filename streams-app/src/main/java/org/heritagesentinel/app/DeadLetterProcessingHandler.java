package org.heritagesentinel.app;

import java.util.Map;

import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A record a processor refuses (a declaration without key) or fails on becomes a dead letter of the
 * record as it was read, with the reason, and processing resumes: the application never stops on data.
 */
public final class DeadLetterProcessingHandler implements ProcessingExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(DeadLetterProcessingHandler.class);

    private DeadLetterSink sink;

    @Override
    public void configure(Map<String, ?> configs) {
        sink = DeadLetterSink.configuredBy(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
        log.warn("Record at {}/{}/{} dead-lettered by {}: {}", context.topic(), context.partition(), context.offset(),
            context.processorNodeId(), exception.toString());
        sink.count(context.topic(), exception);
        return Response.resume(sink.letter(context.sourceRawKey(), context.sourceRawValue(), context.headers(), exception,
            context.topic(), context.partition(), context.offset()));
    }
}
