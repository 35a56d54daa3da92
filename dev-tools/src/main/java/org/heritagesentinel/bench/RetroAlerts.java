package org.heritagesentinel.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.heritagesentinel.avro.Alert;
import org.heritagesentinel.avro.SubjectType;

/**
 * Counts, as a {@code read_committed} consumer sees them from the moment it is opened, the retro alerts
 * on the alerts topic and, apart, the summary alerts of bulk imports.
 */
final class RetroAlerts implements AutoCloseable {
    private final KafkaConsumer<String, Alert> consumer;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicLong retro = new AtomicLong();
    private final AtomicLong summaries = new AtomicLong();
    private final Thread thread;

    RetroAlerts(String bootstrapServers, String alertsTopic, Deserializer<Alert> alerts) {
        this.consumer = new KafkaConsumer<>(Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
            ConsumerConfig.GROUP_ID_CONFIG, "bench-retro-" + UUID.randomUUID(),
            ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
            ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
            new StringDeserializer(), alerts);
        List<TopicPartition> partitions = consumer.partitionsFor(alertsTopic).stream()
            .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        this.thread = new Thread(this::poll, "bench-retro-alerts");
        thread.start();
    }

    long retro() {
        return retro.get();
    }

    long summaries() {
        return summaries.get();
    }

    private void poll() {
        while (running.get()) {
            for (ConsumerRecord<String, Alert> record : consumer.poll(Duration.ofMillis(100))) {
                Alert alert = record.value();
                if (alert == null || !alert.getRetro()) {
                    continue;
                }
                (alert.getSubjectType() == SubjectType.WATCHLIST_IMPORT ? summaries : retro).incrementAndGet();
            }
        }
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
