package org.heritagesentinel.reliability;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.errors.internals.ExceptionHandlerUtils;
import org.heritagesentinel.config.ClientProperties;
import org.heritagesentinel.config.SentinelConfig;
import org.heritagesentinel.topology.DeadLetterFit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Re-injects dead letters into the topic they came from (header {@code __streams.errors.topic}), once:
 * per source topic, each batch is produced and its dead-letter offsets committed in one transaction of a consumer group of
 * its own, so a replay that is interrupted or run twice never re-injects a record twice. Stops at the
 * end of the dead-letter topic as it was when the replay began; what fails again comes back as a new
 * dead letter and waits for the next fix.
 */
public final class DeadLetterReplay {
    /** Header on a re-injected record: the dead letter it came from ({@code partition:offset}). */
    public static final String REPLAYED_FROM_HEADER = "sentinel.replayed-from";
    private static final Logger log = LoggerFactory.getLogger(DeadLetterReplay.class);
    private static final String ERROR_HEADER_PREFIX = "__streams.errors.";

    private final SentinelConfig config;

    public DeadLetterReplay(SentinelConfig config) {
        this.config = config;
    }

    /** What a replay did, per source topic. */
    public record Result(Map<String, Integer> replayedByTopic) {
        public int replayed() {
            return replayedByTopic.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /**
     * The group (and transactional id) whose committed offsets remember which dead letters of
     * {@code sourceTopic} were replayed: one per source topic, so replaying one topic never marks the
     * dead letters of another as done.
     */
    public String groupId(String sourceTopic) {
        return config.applicationId() + "-dlq-replay." + sourceTopic;
    }

    /**
     * Replays dead letters from {@code onlyTopic}, or from every input topic of the application when null;
     * with {@code dryRun}, counts them and changes nothing.
     */
    public Result replay(String onlyTopic, boolean dryRun, Duration timeout) {
        List<String> sources = onlyTopic != null ? List.of(onlyTopic) : config.topics().inputs(config.regionAuthorities());
        Map<String, Integer> replayed = new HashMap<>();
        for (String source : sources) {
            replayFrom(source, dryRun, timeout).replayedByTopic().forEach((topic, n) -> replayed.merge(topic, n, Integer::sum));
        }
        log.info("Dead-letter replay{}: {} re-injected {}", dryRun ? " (dry run)" : "",
            replayed.values().stream().mapToInt(Integer::intValue).sum(), replayed);
        return new Result(Map.copyOf(replayed));
    }

    private Result replayFrom(String onlyTopic, boolean dryRun, Duration timeout) {
        Map<String, Integer> replayed = new HashMap<>();
        // a record can be dead-lettered more than once (a failing task retried after an abort-free error):
        // its origin coordinates say it is one record, replayed once
        Set<String> origins = new java.util.HashSet<>();
        try (KafkaConsumer<byte[], byte[]> consumer = consumer(onlyTopic);
             KafkaProducer<byte[], byte[]> producer = dryRun ? null : producer(onlyTopic)) {
            List<TopicPartition> partitions = consumer.partitionsFor(config.topics().deadLetter(), timeout).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
            Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(Set.copyOf(partitions), timeout);
            for (TopicPartition tp : partitions) {
                OffsetAndMetadata from = committed.get(tp);
                if (from == null) {
                    consumer.seekToBeginning(List.of(tp));
                } else {
                    consumer.seek(tp, from.offset());
                }
            }
            if (producer != null) {
                producer.initTransactions();
            }
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!reachedEnd(consumer, end)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("dead-letter replay did not reach the end within " + timeout);
                }
                ConsumerRecords<byte[], byte[]> batch = consumer.poll(Duration.ofMillis(500));
                if (batch.isEmpty()) {
                    continue;
                }
                if (producer != null) {
                    producer.beginTransaction();
                }
                Map<TopicPartition, OffsetAndMetadata> next = new HashMap<>();
                for (ConsumerRecord<byte[], byte[]> record : batch) {
                    TopicPartition tp = new TopicPartition(record.topic(), record.partition());
                    next.put(tp, new OffsetAndMetadata(record.offset() + 1));
                    if (record.offset() >= end.get(tp)) {
                        continue;
                    }
                    String source = header(record, ExceptionHandlerUtils.HEADER_ERRORS_TOPIC_NAME);
                    if (!onlyTopic.equals(source)) {
                        continue;
                    }
                    if (record.headers().lastHeader(DeadLetterFit.TRUNCATED) != null) {
                        // only the start of the original: replaying it would make a new, different dead letter
                        log.warn("Dead letter {}/{} holds only the start of its original ({} bytes): not replayed",
                            record.partition(), record.offset(), header(record, DeadLetterFit.ORIGINAL_SIZE));
                        continue;
                    }
                    String origin = source + "/" + header(record, ExceptionHandlerUtils.HEADER_ERRORS_PARTITION_NAME) + "/"
                        + header(record, ExceptionHandlerUtils.HEADER_ERRORS_OFFSET_NAME);
                    if (!origins.add(origin)) {
                        continue;
                    }
                    if (producer != null) {
                        producer.send(new ProducerRecord<>(source, null, record.key(), record.value(), replayHeaders(record)));
                    }
                    replayed.merge(source, 1, Integer::sum);
                }
                if (producer != null) {
                    next.replaceAll((tp, offset) -> new OffsetAndMetadata(Math.min(offset.offset(), end.get(tp))));
                    producer.sendOffsetsToTransaction(next, consumer.groupMetadata());
                    producer.commitTransaction();
                }
            }
        }
        return new Result(Map.copyOf(replayed));
    }

    private static boolean reachedEnd(KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    private static RecordHeaders replayHeaders(ConsumerRecord<byte[], byte[]> record) {
        RecordHeaders headers = new RecordHeaders();
        for (Header h : record.headers()) {
            if (!h.key().startsWith(ERROR_HEADER_PREFIX)) {
                headers.add(h);
            }
        }
        headers.add(REPLAYED_FROM_HEADER, (record.partition() + ":" + record.offset()).getBytes(StandardCharsets.UTF_8));
        return headers;
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private KafkaConsumer<byte[], byte[]> consumer(String sourceTopic) {
        Properties props = ClientProperties.consumer(config);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, groupId(sourceTopic));
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    private KafkaProducer<byte[], byte[]> producer(String sourceTopic) {
        Properties props = ClientProperties.producer(config);
        props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, groupId(sourceTopic));
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        return new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
    }

    /** Source topic → count, for printing. */
    public static String describe(Result result) {
        return result.replayedByTopic().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining(", ", "{", "}"));
    }
}
