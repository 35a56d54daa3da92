package org.heritagesentinel.app;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.streams.errors.DefaultProductionExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An output the producer or broker refuses for what it is (too large, invalid) is dead-lettered —
 * truncated when it must be, with where its input sits — and counted, instead of failing the
 * thread: failing would re-read the input and refuse the same output forever. A refused dead
 * letter is written again, cut to fit. Every other error is the default handler's (retry what is
 * retriable, fail the rest).
 */
public final class RefusedOutputHandler extends DefaultProductionExceptionHandler {
    /** On the dead letter of a refused output: the topic it was meant for. */
    public static final String REFUSED_TOPIC = "sentinel.dlq.refused-topic";
    private static final Logger log = LoggerFactory.getLogger(RefusedOutputHandler.class);

    private DeadLetterSink sink;

    @Override
    public void configure(Map<String, ?> configs) {
        super.configure(configs);
        sink = DeadLetterSink.configuredBy(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext context, ProducerRecord<byte[], byte[]> record, Exception exception) {
        if (!refusedForWhatItIs(exception)) {
            return super.handleError(context, record, exception);
        }
        sink.countRefusedOutput(record.topic(), exception);
        log.error("Output to {} of the record at {}/{}/{} refused ({} bytes): {}", record.topic(), context.topic(),
            context.partition(), context.offset(), size(record), exception.toString());
        if (sink.isDeadLetterTopic(record.topic())) {
            // a dead letter the topology wrote whole: written again, cut to fit, with its own reasons
            return Response.resume(sink.refit(record));
        }
        List<ProducerRecord<byte[], byte[]>> letters = sink.letter(record.key(), record.value(), record.headers(), exception,
            context.topic(), context.partition(), context.offset());
        letters.forEach(letter -> letter.headers().add(REFUSED_TOPIC, record.topic().getBytes(StandardCharsets.UTF_8)));
        return Response.resume(letters);
    }

    static boolean refusedForWhatItIs(Exception exception) {
        return exception instanceof RecordTooLargeException || exception instanceof RecordBatchTooLargeException
            || exception instanceof InvalidRecordException;
    }

    private static int size(ProducerRecord<byte[], byte[]> record) {
        return (record.key() == null ? 0 : record.key().length) + (record.value() == null ? 0 : record.value().length);
    }
}
