package org.heritagesentinel.e2e;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.function.Predicate;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.heritagesentinel.config.ClientProperties;
import org.heritagesentinel.config.SentinelConfig;
import org.heritagesentinel.serde.SentinelSerdes;

/** Plain producers and read_committed consumers against a real broker, as external systems use it (with the
 * configuration's {@code kafka.*} security settings). */
public final class Clients {
    private final SentinelConfig config;
    private final SentinelSerdes serdes;

    public Clients(SentinelConfig config) {
        this.config = config;
        this.serdes = new SentinelSerdes(config);
    }

    public <T extends SpecificRecord> void send(String topic, String key, T value, Class<T> type) {
        try (KafkaProducer<String, T> producer = new KafkaProducer<>(producerProps(), new StringSerializer(),
            serdes.value(type).serializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (Exception e) {
            throw new IllegalStateException("send to " + topic + " failed", e);
        }
    }

    /** Sends every record through one producer, and returns once the broker has acknowledged them all. */
    public <T extends SpecificRecord> void sendAll(String topic, Map<String, T> records, Class<T> type) {
        try (KafkaProducer<String, T> producer = new KafkaProducer<>(producerProps(), new StringSerializer(),
            serdes.value(type).serializer())) {
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            records.forEach((key, value) -> sent.add(producer.send(new ProducerRecord<>(topic, key, value))));
            for (Future<RecordMetadata> ack : sent) {
                ack.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("send to " + topic + " failed", e);
        }
    }

    public void sendRaw(String topic, byte[] key, byte[] value) {
        sendRaw(topic, null, key, value);
    }

    /** To one {@code partition} (null: by key), so records are read in the order sent. */
    public void sendRaw(String topic, Integer partition, byte[] key, byte[] value) {
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerProps(), new ByteArraySerializer(),
            new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, partition, key, value)).get();
        } catch (Exception e) {
            throw new IllegalStateException("send to " + topic + " failed", e);
        }
    }

    /** Reads committed records from the beginning until {@code done} holds or the timeout passes. */
    public <K, V> List<ConsumerRecord<K, V>> readUntil(String topic, Deserializer<K> keys, Deserializer<V> values,
                                                        Predicate<List<ConsumerRecord<K, V>>> done, Duration timeout) {
        List<ConsumerRecord<K, V>> records = new ArrayList<>();
        try (KafkaConsumer<K, V> consumer = new KafkaConsumer<>(consumerProps(), keys, values)) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline && !done.test(records)) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    public <T extends SpecificRecord> List<ConsumerRecord<String, T>> readValues(String topic, Class<T> type,
        Predicate<List<ConsumerRecord<String, T>>> done, Duration timeout) {
        return readUntil(topic, new StringDeserializer(), serdes.value(type).deserializer(), done, timeout);
    }

    public List<ConsumerRecord<byte[], byte[]>> readRaw(String topic, Predicate<List<ConsumerRecord<byte[], byte[]>>> done,
                                                        Duration timeout) {
        return readUntil(topic, new ByteArrayDeserializer(), new ByteArrayDeserializer(), done, timeout);
    }

    private Properties producerProps() {
        Properties props = ClientProperties.producer(config);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        return props;
    }

    private Properties consumerProps() {
        Properties props = ClientProperties.consumer(config);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        return props;
    }
}
