package org.heritagesentinel.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.heritagesentinel.config.ClientProperties;
import org.heritagesentinel.config.SentinelConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A delisting is a tombstone on the compacted entries topic, and compaction removes tombstones
 * {@code delete.retention.ms} after cleaning them. An instance offline longer than that restores its
 * global watchlist store from its checkpoint, never meets the removed tombstone, and would go on
 * matching a delisted entry. So before start, a global store whose checkpoint is older than the
 * topic's {@code delete.retention.ms} is discarded, and rebuilt from the topic like a new instance's.
 * The checkpoint is written at the latest when the instance stops, so its age is never less than
 * the time the instance was offline: the check can rebuild needlessly, never miss a delisting.
 */
public final class WatchlistStoreFreshness {
    private static final Logger log = LoggerFactory.getLogger(WatchlistStoreFreshness.class);
    /** The broker's default {@code delete.retention.ms}, assumed when the topic's cannot be read. */
    static final Duration UNKNOWN_RETENTION = Duration.ofDays(1);

    private WatchlistStoreFreshness() {
    }

    /** Whether a store checkpointed at {@code checkpointedAt} may have missed tombstones by {@code now}. */
    static boolean mayHaveMissedTombstones(Instant checkpointedAt, Duration deleteRetention, Instant now) {
        return !checkpointedAt.plus(deleteRetention).isAfter(now);
    }

    /** Discards the global store under {@code stateDir}/{@code applicationId} when it is too old; returns whether it did. */
    static boolean discardIfStale(Path applicationStateDir, Duration deleteRetention, Instant now) {
        Path global = applicationStateDir.resolve("global");
        Path checkpoint = global.resolve(".checkpoint");
        if (!Files.exists(checkpoint)) {
            return false;
        }
        try {
            Instant checkpointedAt = Files.getLastModifiedTime(checkpoint).toInstant();
            if (!mayHaveMissedTombstones(checkpointedAt, deleteRetention, now)) {
                return false;
            }
            log.warn("The watchlist store was checkpointed at {}, longer ago than the entries topic keeps tombstones ({}): "
                + "discarding it, it is rebuilt from the topic", checkpointedAt, deleteRetention);
            try (Stream<Path> paths = Files.walk(global)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot check or discard the watchlist store in " + global, e);
        }
    }

    /** Run before the Kafka Streams client is created: nothing holds the store yet. */
    static void check(SentinelConfig config, Properties streamsProps) {
        Path stateDir = Path.of(streamsProps.getProperty(StreamsConfig.STATE_DIR_CONFIG,
            Path.of(System.getProperty("java.io.tmpdir"), "kafka-streams").toString()));
        Path applicationDir = stateDir.resolve(streamsProps.getProperty(StreamsConfig.APPLICATION_ID_CONFIG));
        if (Files.exists(applicationDir.resolve("global").resolve(".checkpoint"))) {
            discardIfStale(applicationDir, deleteRetention(config).orElse(UNKNOWN_RETENTION), Instant.now());
        }
    }

    private static Optional<Duration> deleteRetention(SentinelConfig config) {
        ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, config.topics().watchlistEntries());
        try (Admin admin = Admin.create(ClientProperties.admin(config))) {
            Config described = admin.describeConfigs(List.of(topic)).all().get(30, TimeUnit.SECONDS).get(topic);
            return Optional.of(Duration.ofMillis(Long.parseLong(described.get(TopicConfig.DELETE_RETENTION_MS_CONFIG).value())));
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            log.warn("Cannot read delete.retention.ms of {} ({}); assuming the broker default {}", topic.name(), e.toString(),
                UNKNOWN_RETENTION);
            return Optional.empty();
        }
    }
}
