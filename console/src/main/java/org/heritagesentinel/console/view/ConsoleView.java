package org.heritagesentinel.console.view;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.heritagesentinel.alert.DecisionBasis;
import org.heritagesentinel.avro.Alert;
import org.heritagesentinel.avro.AlertDecision;
import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.config.ClientProperties;
import org.heritagesentinel.config.SentinelConfig;
import org.heritagesentinel.config.TopicCatalogue;
import org.heritagesentinel.serde.ContractSerdes;
import org.heritagesentinel.serde.SentinelSerdes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows, from the beginning, the topics a console needs: each served authority's alert view and decision
 * topic, and the declarations those authorities received. No consumer group: every instance reads
 * everything and builds the same view; nothing is committed.
 */
public final class ConsoleView implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ConsoleView.class);
    private final SentinelConfig config;
    private final Map<String, AlertBook> books = new HashMap<>();
    private final Declarations declarations = new Declarations();
    private final ListedEntries entries = new ListedEntries();
    private final Deserializer<WatchlistEntry> listed;
    private final Deserializer<Alert> alerts;
    private final Deserializer<AlertDecision> decisions;
    private final Deserializer<CustomsDeclaration> declared;
    private final KafkaConsumer<String, byte[]> consumer;
    private final Map<TopicPartition, Long> applied = new HashMap<>();
    private final TopicFollower follower;

    public ConsoleView(SentinelConfig config, SentinelSerdes serdes, Set<String> authorities) {
        this.config = config;
        authorities.forEach(a -> books.put(a, new AlertBook(a, declarations)));
        ContractSerdes contracts = new ContractSerdes(serdes);
        this.alerts = contracts.value(TopicCatalogue.AUTHORITY_ALERTS).deserializer();
        this.decisions = contracts.value(TopicCatalogue.AUTHORITY_DECISIONS).deserializer();
        this.declared = contracts.value(TopicCatalogue.DECLARATIONS).deserializer();
        this.listed = contracts.value(TopicCatalogue.WATCHLIST_ENTRIES).deserializer();
        java.util.Properties props = ClientProperties.consumer(config);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        this.consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
        this.follower = new TopicFollower("console-view", consumer, this::applyAll);
    }

    public ConsoleView start() {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics()) {
            consumer.partitionsFor(topic, Duration.ofSeconds(30))
                .forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        follower.start();
        return this;
    }

    private List<String> topics() {
        List<String> topics = new ArrayList<>();
        for (String authority : books.keySet()) {
            topics.add(config.topics().alertsFor(authority));
            topics.add(config.topics().decisionsFor(authority));
        }
        topics.add(config.topics().declarations());
        topics.add(config.topics().watchlistEntries());
        return topics;
    }

    public ListedEntries entries() {
        return entries;
    }

    /** The declarations the served authorities received, for a draft's trial. */
    public Declarations declarations() {
        return declarations;
    }

    public Optional<AlertBook> book(String authority) {
        return Optional.ofNullable(books.get(authority));
    }

    private void applyAll(ConsumerRecords<String, byte[]> records) {
        for (ConsumerRecord<String, byte[]> record : records) {
            apply(record);
            synchronized (applied) {
                applied.put(new TopicPartition(record.topic(), record.partition()), record.offset() + 1);
                applied.notifyAll();
            }
        }
    }

    /** A record that cannot be read is logged and skipped: the console never stops on data. */
    private void apply(ConsumerRecord<String, byte[]> record) {
        try {
            if (record.topic().equals(config.topics().watchlistEntries())) {
                entries.put(record.key(), record.value() == null ? null
                    : listed.deserialize(record.topic(), record.headers(), record.value()));
                return;
            }
            if (record.value() == null) {
                return;
            }
            if (record.topic().equals(config.topics().declarations())) {
                String authority = record.key() == null ? "" : record.key().split(":", 2)[0].toUpperCase(Locale.ROOT);
                if (books.containsKey(authority)) {
                    declarations.put(record.key(), declared.deserialize(record.topic(), record.headers(), record.value()));
                }
                return;
            }
            for (AlertBook book : books.values()) {
                if (record.topic().equals(config.topics().alertsFor(book.authority()))) {
                    book.alert(alerts.deserialize(record.topic(), record.headers(), record.value()),
                        Instant.ofEpochMilli(record.timestamp()));
                } else if (record.topic().equals(config.topics().decisionsFor(book.authority()))) {
                    book.decision(decisions.deserialize(record.topic(), record.headers(), record.value()), basis(record),
                        recordId(record.topic(), record.partition(), record.offset()));
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("console: skipped unreadable record {}-{}@{}: {}", record.topic(), record.partition(), record.offset(),
                e.getMessage());
        }
    }

    private static Integer basis(ConsumerRecord<String, byte[]> record) {
        Header header = record.headers().lastHeader(DecisionBasis.HEADER);
        return DecisionBasis.decode(header == null ? null : header.value());
    }

    public static String recordId(String topic, int partition, long offset) {
        return topic + "/" + partition + "/" + offset;
    }

    /** Waits until the record at {@code offset} of {@code partition} has been applied to the view. */
    public void awaitApplied(TopicPartition partition, long offset, Duration timeout) throws TimeoutException,
        InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (applied) {
            while (applied.getOrDefault(partition, 0L) <= offset) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new TimeoutException("the console has not read back " + partition + "@" + offset);
                }
                TimeUnit.NANOSECONDS.timedWait(applied, left);
            }
        }
    }

    @Override
    public void close() {
        follower.close();
    }
}
