package org.heritagesentinel.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.heritagesentinel.testdata.Declarations.declaration;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.core.ConditionTimeoutException;
import org.heritagesentinel.avro.Alert;
import org.heritagesentinel.avro.AlertStatus;
import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.config.ClientProperties;
import org.heritagesentinel.config.SentinelConfig;
import org.heritagesentinel.contract.RecordKeys;
import org.heritagesentinel.serde.SentinelSerdes;

/**
 * The exactly-once yardstick of the reliability tests: a paced stream of declarations (every
 * {@code suspiciousEvery}-th one goods of an embargoed origin, for a profile the test lists), and
 * a read_committed consumer of the alerts topic. Whatever the test does to the application or the
 * brokers meanwhile, at the end every suspicious declaration must have exactly one NEW alert and
 * no clean one any.
 */
final class ScreeningLoad implements AutoCloseable {
    private final SentinelConfig config;
    private final String prefix;
    private final int declarations;
    private final int suspiciousEvery;
    private final int ratePerSecond;
    private final Set<String> suspicious = ConcurrentHashMap.newKeySet();
    private final Set<String> clean = ConcurrentHashMap.newKeySet();
    private final Map<String, List<AlertStatus>> alerts = new ConcurrentHashMap<>();
    private final AtomicInteger alertCount = new AtomicInteger();
    private final AtomicInteger sent = new AtomicInteger();
    /** The collector's position per alerts partition: everything before it has been read. */
    private final Map<TopicPartition, Long> collectedUpTo = new ConcurrentHashMap<>();
    private final AtomicBoolean collecting = new AtomicBoolean(true);
    private final Thread collector = new Thread(this::collect, "alert-collector");
    private final Thread producer = new Thread(this::produce, "declaration-producer");

    ScreeningLoad(SentinelConfig config, String prefix, int declarations, int suspiciousEvery, int ratePerSecond) {
        this.config = config;
        this.prefix = prefix;
        this.declarations = declarations;
        this.suspiciousEvery = suspiciousEvery;
        this.ratePerSecond = ratePerSecond;
    }

    ScreeningLoad start() {
        collector.start();
        producer.start();
        return this;
    }

    int alertCount() {
        return alertCount.get();
    }

    int sent() {
        return sent.get();
    }

    int suspiciousCount() {
        return suspicious.size();
    }

    void awaitAlerts(int atLeast, Duration timeout) {
        await().atMost(timeout).until(() -> alertCount.get() >= atLeast);
    }

    void awaitSent(int atLeast, Duration timeout) {
        await().atMost(timeout).until(() -> sent.get() >= atLeast);
    }

    /** Waits for the whole stream to be sent and alerted, then asserts exactly one alert per suspicious declaration. */
    void assertExactlyOnce(Duration timeout, Supplier<String> diagnosis) throws InterruptedException {
        producer.join(timeout.toMillis());
        assertThat(suspicious.size() + clean.size()).as("declarations sent").isEqualTo(declarations);
        try {
            await().atMost(timeout).until(() -> alerts.keySet().containsAll(suspicious));
        } catch (ConditionTimeoutException e) {
            Set<String> missing = new TreeSet<>(suspicious);
            missing.removeAll(alerts.keySet());
            throw new AssertionError("missing " + missing.size() + " suspicious alerts (e.g. " + missing.stream().limit(5).toList()
                + "), " + alertCount.get() + " alerts seen; " + diagnosis.get(), e);
        }
        // a late duplicate would be written before the application commits its input: once it has committed
        // everything sent, and the collector has read every alert committed by then, nothing more can come
        try (Admin admin = Admin.create(ClientProperties.admin(config))) {
            await("application committed everything and the collector read every alert").atMost(timeout)
                .until(() -> settled(admin));
        }
        assertThat(alerts.keySet()).containsExactlyInAnyOrderElementsOf(suspicious);
        assertThat(alerts.values()).allMatch(statuses -> statuses.equals(List.of(AlertStatus.NEW)));
        assertThat(alerts.keySet()).doesNotContainAnyElementsOf(clean);
        assertThat(alertCount.get() + clean.size()).isEqualTo(declarations);
    }

    /**
     * Whether the application's consumer group has committed up to the end of every partition it reads
     * (the declarations, and its repartition topics), and the collector has read up to the end of the
     * alerts topic as it stands after that.
     */
    private boolean settled(Admin admin) throws Exception {
        Map<TopicPartition, Long> committed = new HashMap<>();
        admin.listConsumerGroupOffsets(config.applicationId()).partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS)
            .forEach((tp, offset) -> committed.put(tp, offset.offset()));
        Set<TopicPartition> read = new HashSet<>(committed.keySet());
        read.addAll(partitions(admin, config.topics().declarations()));
        Map<TopicPartition, Long> inputEnd = endOffsets(admin, read);
        if (!inputEnd.entrySet().stream().allMatch(e -> committed.getOrDefault(e.getKey(), 0L) >= e.getValue())) {
            return false;
        }
        return endOffsets(admin, partitions(admin, config.topics().alerts())).entrySet().stream()
            .allMatch(e -> collectedUpTo.getOrDefault(e.getKey(), 0L) >= e.getValue());
    }

    private static List<TopicPartition> partitions(Admin admin, String topic) throws Exception {
        return admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS).get(topic).partitions().stream()
            .map(p -> new TopicPartition(topic, p.partition())).toList();
    }

    /** The last stable offsets: what a read_committed reader reaches. */
    private static Map<TopicPartition, Long> endOffsets(Admin admin, Collection<TopicPartition> partitions) throws Exception {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        partitions.forEach(tp -> latest.put(tp, OffsetSpec.latest()));
        Map<TopicPartition, Long> end = new HashMap<>();
        admin.listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all().get(30, TimeUnit.SECONDS)
            .forEach((tp, info) -> end.put(tp, info.offset()));
        return end;
    }

    /** Paced, so that what the test does lands in the middle of the stream rather than after it. */
    private void produce() {
        Properties props = new Properties();
        props.putAll(ClientProperties.producer(config));
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        SentinelSerdes serdes = new SentinelSerdes(config);
        long interval = TimeUnit.SECONDS.toNanos(1) / ratePerSecond;
        try (KafkaProducer<String, CustomsDeclaration> out = new KafkaProducer<>(props, new StringSerializer(),
            serdes.value(CustomsDeclaration.class).serializer())) {
            long next = System.nanoTime();
            for (int i = 0; i < declarations; i++) {
                boolean bad = i % suspiciousEvery == 0;
                String reference = String.format("%s-%05d", prefix, i);
                CustomsDeclaration d = bad
                    ? declaration(reference).item("970510", "archaeological pottery", "SY").build()
                    : declaration(reference).build();
                String key = RecordKeys.declaration(d);
                out.send(new ProducerRecord<>(config.topics().declarations(), key, d));
                (bad ? suspicious : clean).add(key);
                sent.incrementAndGet();
                next += interval;
                LockSupport.parkNanos(next - System.nanoTime());
            }
            out.flush();
        }
    }

    private void collect() {
        Properties props = new Properties();
        props.putAll(ClientProperties.consumer(config));
        props.put(ConsumerConfig.GROUP_ID_CONFIG, prefix + "-collector");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        SentinelSerdes serdes = new SentinelSerdes(config);
        try (KafkaConsumer<String, Alert> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
            serdes.value(Alert.class).deserializer())) {
            consumer.subscribe(List.of(config.topics().alerts()));
            while (collecting.get()) {
                for (ConsumerRecord<String, Alert> r : consumer.poll(Duration.ofMillis(200))) {
                    alerts.computeIfAbsent(r.key(), k -> new CopyOnWriteArrayList<>()).add(r.value().getStatus());
                    alertCount.incrementAndGet();
                }
                for (TopicPartition tp : consumer.assignment()) {
                    collectedUpTo.put(tp, consumer.position(tp));
                }
            }
        }
    }

    @Override
    public void close() {
        collecting.set(false);
        try {
            collector.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            producer.interrupt();
        }
    }
}
