package org.heritagesentinel.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.StreamsConfig;
import org.heritagesentinel.app.SentinelApplication;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.config.ClientProperties;
import org.heritagesentinel.config.SentinelConfig;
import org.heritagesentinel.embedded.EmbeddedStack;
import org.heritagesentinel.serde.SentinelSerdes;
import org.heritagesentinel.testdata.WatchlistEntries;
import org.junit.jupiter.api.Test;

/**
 * A delisting reaches an instance that was offline while compaction removed its tombstone: the
 * instance finds its watchlist store older than the topic's {@code delete.retention.ms} and rebuilds it
 * from the topic instead of restoring from its checkpoint (which would keep the delisted entry).
 */
class WatchlistTombstoneIT {
    private static final Duration TIMEOUT = Duration.ofMinutes(3);
    private static final String DELISTED = "PTY-TOMB";

    @Test
    void shouldForgetAnEntryWhoseTombstoneWasCompactedAwayWhileTheInstanceWasOffline() throws Exception {
        // Given an instance that indexed an entry, then stopped
        EmbeddedStack stack = SharedStack.get();
        Map<String, String> isolated = new HashMap<>();
        isolated.put("application.id", "sentinel-tombstone-it");
        for (String topic : List.of("declarations", "watchlist-submissions", "watchlist-entries", "alerts")) {
            isolated.put("topics." + topic, "tombstone-it." + topic);
        }
        SentinelConfig config = stack.config(isolated);
        stack.prepare(config);
        String entries = config.topics().watchlistEntries();
        compactQuickly(stack, entries);
        Clients clients = new Clients(config);
        clients.send(config.topics().watchlistSubmissions(), DELISTED,
            WatchlistEntries.listedParty(DELISTED, "Karim Haddad", "TIN-TOMB"), WatchlistEntry.class);
        Path stateDir = Files.createTempDirectory("sentinel-tombstone-it-");
        try (SentinelApplication first = start(config, stateDir)) {
            await().atMost(TIMEOUT).until(() -> first.isReady() && first.watchlist().get(DELISTED) != null);
        }

        // When, while it is offline, the entry is delisted and compaction removes both the entry and its tombstone
        clients.send(entries, DELISTED, null, WatchlistEntry.class);
        AtomicInteger filler = new AtomicInteger();
        await("tombstone compacted away").atMost(TIMEOUT).pollInterval(Duration.ofMillis(500)).until(() -> {
            String id = "PTY-FILL-" + filler.incrementAndGet();
            clients.send(entries, id, WatchlistEntries.listedParty(id, "Filler Trader " + filler.get(), null), WatchlistEntry.class);
            return !keysOnTopic(config, entries).contains(DELISTED);
        });

        // Then the restarted instance does not match the delisted entry any more
        try (SentinelApplication restarted = start(config, stateDir)) {
            await().atMost(TIMEOUT).until(restarted::isReady);
            await().atMost(TIMEOUT).until(() -> restarted.watchlist().get("PTY-FILL-" + filler.get()) != null);
            assertThat(restarted.watchlist().get(DELISTED)).isNull();
        }
    }

    /** Tombstones kept one second, segments rolled every 200 ms, every dirty segment cleanable. */
    private static void compactQuickly(EmbeddedStack stack, String topic) throws Exception {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        List<AlterConfigOp> ops = List.of(
            new AlterConfigOp(new ConfigEntry(TopicConfig.DELETE_RETENTION_MS_CONFIG, "1000"), AlterConfigOp.OpType.SET),
            new AlterConfigOp(new ConfigEntry(TopicConfig.SEGMENT_MS_CONFIG, "200"), AlterConfigOp.OpType.SET),
            new AlterConfigOp(new ConfigEntry(TopicConfig.MIN_COMPACTION_LAG_MS_CONFIG, "0"), AlterConfigOp.OpType.SET),
            new AlterConfigOp(new ConfigEntry(TopicConfig.MIN_CLEANABLE_DIRTY_RATIO_CONFIG, "0.01"), AlterConfigOp.OpType.SET));
        try (Admin admin = stack.admin()) {
            admin.incrementalAlterConfigs(Map.of(resource, ops)).all().get(30, TimeUnit.SECONDS);
        }
    }

    /** Every key still on the topic, values and tombstones alike. */
    private static Set<String> keysOnTopic(SentinelConfig config, String topic) {
        Properties props = ClientProperties.consumer(config);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
            new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Set<String> keys = new HashSet<>();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    keys.add(r.key());
                }
            }
            return keys;
        }
    }

    private static SentinelApplication start(SentinelConfig config, Path stateDir) {
        Properties props = new Properties();
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        SentinelApplication app = new SentinelApplication(config, new SentinelSerdes(config), props);
        app.start();
        return app;
    }
}
