package org.heritagesentinel.bench;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * End-to-end latency as an analyst sees it: from the moment a declaration is handed to the producer
 * to the moment its output record (alert, or passthrough copy) is returned to a {@code read_committed}
 * consumer. Producer and consumer run in this JVM, so one clock measures both ends.
 */
final class LatencyProbe implements AutoCloseable {
    private final Map<String, Long> sentAt = new ConcurrentHashMap<>();
    private final KafkaConsumer<String, byte[]> consumer;
    private final String tag;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread thread;
    private long[] latencies = new long[1024];
    private int count;
    private volatile long received;

    /** Only output records whose key contains {@code tag} (the phase's source system) are measured. */
    LatencyProbe(String bootstrapServers, String outputTopic, String tag) {
        this.tag = tag;
        this.consumer = new KafkaConsumer<>(Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
            ConsumerConfig.GROUP_ID_CONFIG, "bench-probe-" + UUID.randomUUID(),
            ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
            ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
            ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 10),
            new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(outputTopic).stream()
            .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        this.thread = new Thread(this::poll, "bench-latency-probe");
        thread.start();
    }

    void sent(String key, long sentAtMillis) {
        sentAt.put(key, sentAtMillis);
    }

    long received() {
        return received;
    }

    private void poll() {
        while (running.get()) {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(50))) {
                long now = System.currentTimeMillis();
                if (record.key() == null || !record.key().contains(tag)) {
                    continue;
                }
                Long sent = sentAt.remove(record.key());
                if (sent != null) {
                    record(now - sent);
                }
            }
        }
    }

    private synchronized void record(long latencyMs) {
        if (count == latencies.length) {
            latencies = Arrays.copyOf(latencies, count * 2);
        }
        latencies[count++] = latencyMs;
        received = count;
    }

    /** Percentiles of what arrived; {@code skip} first records (warm-up) left out. */
    synchronized Percentiles percentiles(int skip) {
        int from = Math.min(skip, count);
        long[] sorted = Arrays.copyOfRange(latencies, from, count);
        Arrays.sort(sorted);
        return new Percentiles(sorted.length, at(sorted, 0.50), at(sorted, 0.99), at(sorted, 0.999),
            sorted.length == 0 ? -1 : sorted[sorted.length - 1]);
    }

    private static long at(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return -1;
        }
        return sorted[Math.max(0, (int) Math.ceil(quantile * sorted.length) - 1)];
    }

    record Percentiles(int samples, long p50, long p99, long p999, long max) {
    }

    @Override
    public void close() {
        running.set(false);
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        consumer.close();
    }
}
