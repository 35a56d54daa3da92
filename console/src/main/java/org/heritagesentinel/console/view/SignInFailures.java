package org.heritagesentinel.console.view;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.heritagesentinel.avro.LoginFailure;
import org.heritagesentinel.config.ClientProperties;
import org.heritagesentinel.config.SentinelConfig;
import org.heritagesentinel.config.TopicCatalogue;
import org.heritagesentinel.console.auth.LoginThrottle;
import org.heritagesentinel.serde.ContractSerdes;
import org.heritagesentinel.serde.SentinelSerdes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The wrong passwords of every console instance, shared through {@code console.login-failures.v1} and counted by
 * {@link LoginThrottle}. Every instance reads all partitions from {@code now − console.login.throttle} (no group,
 * nothing committed). A failure is published with acks=all before the sign-in is answered, and a check first reads
 * the topic up to its end, so a failure acknowledged anywhere counts for the next check everywhere. When Kafka does
 * not answer, this instance counts on its own and says so once: the guesser is still refused here, no one is locked
 * out by the error.
 */
public final class SignInFailures implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SignInFailures.class);
    private static final Duration WAIT = Duration.ofSeconds(3);
    private final String topic;
    private final String instance = UUID.randomUUID().toString();
    private final LoginThrottle throttle;
    private final Clock clock;
    private final KafkaProducer<String, LoginFailure> producer;
    private final KafkaConsumer<String, byte[]> consumer;
    private final Deserializer<LoginFailure> values;
    private final Admin admin;
    private final Map<TopicPartition, Long> read = new HashMap<>();
    private final AtomicBoolean warned = new AtomicBoolean();
    private final TopicFollower follower;

    public SignInFailures(SentinelConfig config, SentinelSerdes serdes, LoginThrottle throttle, Clock clock) {
        this.topic = config.topics().loginFailures();
        this.throttle = throttle;
        this.clock = clock;
        ContractSerdes contracts = new ContractSerdes(serdes);
        Properties producerProps = ClientProperties.producer(config);
        producerProps.put(ProducerConfig.ACKS_CONFIG, "all");
        producerProps.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) WAIT.multipliedBy(2).toMillis());
        producerProps.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) WAIT.toMillis());
        producerProps.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, WAIT.toMillis());
        this.producer = new KafkaProducer<>(producerProps, contracts.key(TopicCatalogue.LOGIN_FAILURES).serializer(),
            contracts.value(TopicCatalogue.LOGIN_FAILURES).serializer());
        this.values = contracts.value(TopicCatalogue.LOGIN_FAILURES).deserializer();
        Properties consumerProps = ClientProperties.consumer(config);
        consumerProps.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        this.consumer = new KafkaConsumer<>(consumerProps,
            contracts.key(TopicCatalogue.LOGIN_FAILURES).deserializer(), new ByteArrayDeserializer());
        this.admin = Admin.create(ClientProperties.admin(config));
        this.follower = new TopicFollower("console-sign-in-failures", consumer, this::countAll);
    }

    /** Reads the failures of the last period before it returns, so the first check already counts them. */
    public SignInFailures start() throws TimeoutException, InterruptedException {
        Map<TopicPartition, Long> ends = PartitionsFrom.seek(consumer, topic, clock.instant().minus(throttle.period()),
            Duration.ofSeconds(30));
        if (ends.isEmpty()) {
            throw new IllegalStateException("topic " + topic + " does not exist: create it with sentinel topics create");
        }
        follower.start();
        awaitRead(ends, Duration.ofSeconds(30));
        return this;
    }

    public LoginThrottle throttle() {
        return throttle;
    }

    /**
     * Whether {@code typed} is throttled, counting every failure acknowledged before this call. Without an answer from
     * Kafka in time, what this instance has read so far decides.
     */
    public boolean throttled(String typed) {
        try {
            awaitRead(endOffsets(), WAIT);
        } catch (TimeoutException | ExecutionException | KafkaException e) {
            warnOnce("cannot read the other instances' wrong passwords (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return throttle.throttled(typed);
    }

    /** A wrong password for {@code typed}: counted here at once, and published for the other instances. */
    public void failed(String typed, Optional<String> authority) {
        Instant now = clock.instant();
        throttle.failed(typed, now);
        LoginFailure failure = LoginFailure.newBuilder().setFailedAt(now).setInstance(instance)
            .setAuthority(authority.orElse(null)).build();
        try {
            producer.send(new ProducerRecord<>(topic, LoginThrottle.account(typed), failure)).get(WAIT.toMillis() * 3,
                TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException | KafkaException e) {
            warnOnce("cannot publish a wrong password (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void warnOnce(String what) {
        if (warned.compareAndSet(false, true)) {
            LOG.warn("console: {} on {}: until it works, this instance throttles on its own count only", what, topic);
        }
    }

    private Map<TopicPartition, Long> endOffsets() throws ExecutionException, InterruptedException, TimeoutException {
        Map<TopicPartition, OffsetSpec> latest;
        synchronized (read) {
            latest = read.keySet().stream().collect(Collectors.toMap(Function.identity(), p -> OffsetSpec.latest()));
        }
        return admin.listOffsets(latest).all().get(WAIT.toMillis(), TimeUnit.MILLISECONDS).entrySet().stream()
            .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }

    private void awaitRead(Map<TopicPartition, Long> ends, Duration timeout) throws TimeoutException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (read) {
            while (ends.entrySet().stream().anyMatch(e -> read.getOrDefault(e.getKey(), -1L) < e.getValue())) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new TimeoutException("not read up to " + ends);
                }
                TimeUnit.NANOSECONDS.timedWait(read, left);
            }
        }
    }

    /** On the follower's thread, which alone uses the consumer once started. */
    private void countAll(ConsumerRecords<String, byte[]> records) {
        records.forEach(this::count);
        synchronized (read) {
            consumer.assignment().forEach(p -> read.put(p, consumer.position(p)));
            read.notifyAll();
        }
        throttle.forgetExpired();
    }

    /** Another instance's failure; this instance counted its own when it published them. Bad data is skipped. */
    private void count(ConsumerRecord<String, byte[]> record) {
        try {
            LoginFailure failure = values.deserialize(record.topic(), record.headers(), record.value());
            if (record.key() != null && !instance.equals(failure.getInstance())) {
                throttle.failed(record.key(), failure.getFailedAt());
            }
        } catch (RuntimeException e) {
            LOG.warn("console: skipped unreadable record {}-{}@{}: {}", record.topic(), record.partition(), record.offset(),
                e.getMessage());
        }
    }

    @Override
    public void close() {
        follower.close();
        producer.close(WAIT);
        admin.close(WAIT);
    }
}
