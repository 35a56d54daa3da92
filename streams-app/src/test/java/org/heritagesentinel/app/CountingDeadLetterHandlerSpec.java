package org.heritagesentinel.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.processor.TaskId;
import org.heritagesentinel.metrics.SentinelMetrics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** A producer sending the wrong kind of record: every record counted and dead-lettered, one log line. */
class CountingDeadLetterHandlerSpec {
    private final Logger logger = (Logger) LoggerFactory.getLogger(CountingDeadLetterHandler.class);
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();

    @AfterEach
    void detach() {
        logger.detachAppender(lines);
    }

    @Test
    void shouldCountEveryRejectedRecordButLogTheConditionOnce() {
        lines.start();
        logger.addAppender(lines);
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        CountingDeadLetterHandler handler = new CountingDeadLetterHandler();
        handler.configure(Map.of(CountingDeadLetterHandler.METRICS_CONFIG, new SentinelMetrics(registry)));

        for (long offset = 0; offset < 200; offset++) {
            ConsumerRecord<byte[], byte[]> record = new ConsumerRecord<>("customs.declarations.v1", 1, offset, new byte[0], new byte[1]);
            DeserializationExceptionHandler.Response response = handler.handleError(context(offset), record,
                new SerializationException("record of type SeizureReport on a CustomsDeclaration topic"));
            assertThat(response.result()).isEqualTo(DeserializationExceptionHandler.Result.RESUME);
        }

        assertThat(registry.get("sentinel.dead.letters").counter().count()).isEqualTo(200);
        assertThat(lines.list).singleElement().satisfies(line -> assertThat(line.getFormattedMessage())
            .contains("Records of customs.declarations.v1 cannot be read (SerializationException", "sentinel_dead_letters_total",
                "partition 1 offset 0"));
    }

    private static ErrorHandlerContext context(long offset) {
        return new ErrorHandlerContext() {
            @Override
            public String topic() {
                return "customs.declarations.v1";
            }

            @Override
            public int partition() {
                return 1;
            }

            @Override
            public long offset() {
                return offset;
            }

            @Override
            public Headers headers() {
                return new RecordHeaders();
            }

            @Override
            public String processorNodeId() {
                return "declarations-source";
            }

            @Override
            public TaskId taskId() {
                return new TaskId(0, 1);
            }

            @Override
            public long timestamp() {
                return 0;
            }

            @Override
            public byte[] sourceRawKey() {
                return new byte[0];
            }

            @Override
            public byte[] sourceRawValue() {
                return new byte[1];
            }
        };
    }
}
