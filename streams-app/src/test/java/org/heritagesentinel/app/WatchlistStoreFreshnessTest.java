package org.heritagesentinel.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatchlistStoreFreshnessTest {
    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final Duration SEVEN_DAYS = Duration.ofDays(7);

    @TempDir
    Path applicationDir;

    @Test
    void shouldKeepAStoreCheckpointedWithinTheTombstoneRetention() throws Exception {
        // Given a store checkpointed six days ago, tombstones kept seven
        Path store = globalStoreCheckpointedAt(NOW.minus(Duration.ofDays(6)));

        // When the instance starts
        boolean discarded = WatchlistStoreFreshness.discardIfStale(applicationDir, SEVEN_DAYS, NOW);

        // Then it restores from its checkpoint
        assertThat(discarded).isFalse();
        assertThat(store).exists();
    }

    @Test
    void shouldDiscardAStoreOfflineLongerThanTheTombstoneRetention() throws Exception {
        Path store = globalStoreCheckpointedAt(NOW.minus(Duration.ofDays(8)));

        boolean discarded = WatchlistStoreFreshness.discardIfStale(applicationDir, SEVEN_DAYS, NOW);

        assertThat(discarded).isTrue();
        assertThat(store).doesNotExist();
        assertThat(applicationDir.resolve("global")).doesNotExist();
    }

    @Test
    void shouldTreatExactlyTheRetentionAsTooOld() {
        assertThat(WatchlistStoreFreshness.mayHaveMissedTombstones(NOW.minus(SEVEN_DAYS), SEVEN_DAYS, NOW)).isTrue();
        assertThat(WatchlistStoreFreshness.mayHaveMissedTombstones(NOW.minus(SEVEN_DAYS).plusSeconds(1), SEVEN_DAYS, NOW)).isFalse();
    }

    @Test
    void shouldLeaveAnInstanceWithoutAStoreAlone() {
        assertThat(WatchlistStoreFreshness.discardIfStale(applicationDir, SEVEN_DAYS, NOW)).isFalse();
    }

    private Path globalStoreCheckpointedAt(Instant at) throws Exception {
        Path global = Files.createDirectories(applicationDir.resolve("global"));
        Path store = Files.createDirectories(global.resolve("rocksdb").resolve("watchlist-store"));
        Files.writeString(store.resolve("000001.sst"), "entries");
        Path checkpoint = Files.writeString(global.resolve(".checkpoint"), "0\n1\nwatchlist.entries.v1 0 42\n");
        Files.setLastModifiedTime(checkpoint, FileTime.from(at));
        return store;
    }
}
