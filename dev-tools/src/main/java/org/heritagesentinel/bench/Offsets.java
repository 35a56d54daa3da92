package org.heritagesentinel.bench;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/** Where a topic ends and how far an application has committed: the benchmark's progress signals. */
final class Offsets {
    private Offsets() {
    }

    static Map<TopicPartition, Long> end(Admin admin, String topic) throws Exception {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS).get(topic).partitions()
            .forEach(p -> request.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
        Map<TopicPartition, Long> end = new HashMap<>();
        for (Map.Entry<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> e : admin.listOffsets(request).all()
            .get(30, TimeUnit.SECONDS).entrySet()) {
            end.put(e.getKey(), e.getValue().offset());
        }
        return end;
    }

    static long sum(Map<TopicPartition, Long> offsets) {
        return offsets.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The offsets application {@code appId} has committed on {@code topic}, by partition. */
    static Map<TopicPartition, Long> committed(Admin admin, String appId, String topic) throws Exception {
        Map<TopicPartition, Long> committed = new HashMap<>();
        for (Map.Entry<TopicPartition, OffsetAndMetadata> e : admin.listConsumerGroupOffsets(appId).partitionsToOffsetAndMetadata()
            .get(30, TimeUnit.SECONDS).entrySet()) {
            if (e.getKey().topic().equals(topic) && e.getValue() != null) {
                committed.put(e.getKey(), e.getValue().offset());
            }
        }
        return committed;
    }

    /** Waits until {@code appId} has committed at least {@code targets} on every partition named there. */
    static void awaitCommitted(Admin admin, String appId, String topic, Map<TopicPartition, Long> targets, Duration timeout)
        throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Map<TopicPartition, Long> committed = committed(admin, appId, topic);
            if (targets.entrySet().stream().allMatch(t -> committed.getOrDefault(t.getKey(), 0L) >= t.getValue())) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(appId + " has not processed " + topic + " within " + timeout + ": committed "
                    + committed + ", expected " + targets);
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
    }

    /**
     * Waits until {@code appId} has consumed every record of its repartition topics, in two rounds (a
     * stage drained may write to the next), so the stores behind a repartition have written what the
     * input caused. False when that did not happen within {@code timeout}.
     */
    static boolean awaitRepartitionsConsumed(Admin admin, String bootstrapServers, String appId, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<String> repartitions = admin.listTopics().names().get(30, TimeUnit.SECONDS).stream()
            .filter(topic -> topic.startsWith(appId + "-") && topic.endsWith("-repartition")).sorted().toList();
        for (int round = 0; round < 2; round++) {
            for (String topic : repartitions) {
                Duration left = Duration.ofNanos(deadline - System.nanoTime());
                if (left.isNegative()) {
                    return false;
                }
                try {
                    awaitCommitted(admin, appId, topic, afterLastRecord(bootstrapServers, topic), left);
                } catch (IllegalStateException notYet) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The offset after the last committed record of every partition of a transactional topic: the end
     * offset overcounts (a commit marker follows each transaction), so the partition's tail is read.
     * Partitions holding no record are left out.
     */
    static Map<TopicPartition, Long> afterLastRecord(String bootstrapServers, String topic) {
        Map<TopicPartition, Long> after = new HashMap<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
            ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
            ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
            ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            for (TopicPartition partition : consumer.partitionsFor(topic).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList()) {
                consumer.assign(List.of(partition));
                long begin = consumer.beginningOffsets(List.of(partition)).get(partition);
                long end = consumer.endOffsets(List.of(partition)).get(partition);
                long last = -1;
                for (long back = 64; last < 0; back *= 8) {
                    long from = Math.max(begin, end - back);
                    consumer.seek(partition, from);
                    while (consumer.position(partition) < end) {
                        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                            last = Math.max(last, record.offset());
                        }
                    }
                    if (from == begin) {
                        break;
                    }
                }
                if (last >= 0) {
                    after.put(partition, last + 1);
                }
            }
        }
        return after;
    }
}
