package org.heritagesentinel.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
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
 * global watchlist store from where it left off, never meets the removed tombstone, and would go on
 * matching a delisted entry — Kafka Streams does not wipe a persistent global store it restores,
 * it replays the topic over it. So a running instance marks its store as current every few seconds (and as it closes)
 * (a file in the global state directory), and before start a store whose mark is older than the
 * topic's {@code delete.retention.ms}, or that has no mark, is discarded and rebuilt from the topic
 * like a new instance's. The mark's age is never less than the time the instance was offline: the
 * check can rebuild needlessly, never miss a delisting.
 */
public final class WatchlistStoreFreshness {
    private static final Logger log = LoggerFactory.getLogger(WatchlistStoreFreshness.class);
    /** The broker's default {@code delete.retention.ms}, assumed when the topic's cannot be read. */
    static final Duration UNKNOWN_RETENTION = Duration.ofDays(1);
    static final String GLOBAL = "global";
    static final String MARK = ".sentinel-current";

    private WatchlistStoreFreshness() {
    }

    /** Whether a store last known current at {@code markedAt} may have missed tombstones by {@code now}. */
    static boolean mayHaveMissedTombstones(Instant markedAt, Duration deleteRetention, Instant now) {
        return !markedAt.plus(deleteRetention).isAfter(now);
    }

    /** Discards the global store under {@code stateDir}/{@code applicationId} when it is too old; returns whether it did. */
    static boolean discardIfStale(Path applicationStateDir, Duration deleteRetention, Instant now) {
        Path global = applicationStateDir.resolve(GLOBAL);
        if (!Files.isDirectory(global)) {
            return false;
        }
        try {
            Path mark = global.resolve(MARK);
            Instant markedAt = Files.exists(mark) ? Files.getLastModifiedTime(mark).toInstant() : Instant.EPOCH;
            if (!mayHaveMissedTombstones(markedAt, deleteRetention, now)) {
                return false;
            }
            log.warn("The watchlist store was last known current at {}, longer ago than the entries topic keeps tombstones ({}): "
                + "discarding it, it is rebuilt from the topic", markedAt, deleteRetention);
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
        Path applicationDir = applicationDir(streamsProps);
        if (Files.isDirectory(applicationDir.resolve(GLOBAL))) {
            discardIfStale(applicationDir, deleteRetention(config).orElse(UNKNOWN_RETENTION), Instant.now());
        }
    }

    /** Run while the instance is RUNNING (its global store caught up with the topic): marks the store current. */
    static void markCurrent(Properties streamsProps) {
        Path global = applicationDir(streamsProps).resolve(GLOBAL);
        if (!Files.isDirectory(global)) {
            return;
        }
        try {
            Path mark = global.resolve(MARK);
            if (Files.exists(mark)) {
                Files.setLastModifiedTime(mark, FileTime.from(Instant.now()));
            } else {
                Files.writeString(mark, "the watchlist store was current at this file's modification time\n");
            }
        } catch (IOException e) {
            log.warn("Cannot mark the watchlist store current in {}: {}", global, e.toString());
        }
    }

    private static Path applicationDir(Properties streamsProps) {
        Path stateDir = Path.of(streamsProps.getProperty(StreamsConfig.STATE_DIR_CONFIG,
            Path.of(System.getProperty("java.io.tmpdir"), "kafka-streams").toString()));
        return stateDir.resolve(streamsProps.getProperty(StreamsConfig.APPLICATION_ID_CONFIG));
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
