package org.heritagesentinel.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatchlistStoreFreshnessSpec {
    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final Duration SEVEN_DAYS = Duration.ofDays(7);

    @TempDir
    Path applicationDir;

    @Test
    void shouldKeepAStoreCheckpointedWithinTheTombstoneRetention() throws Exception {
        // Given a store last marked current six days ago, tombstones kept seven
        Path store = globalStoreMarkedCurrentAt(NOW.minus(Duration.ofDays(6)));

        // When the instance starts
        boolean discarded = WatchlistStoreFreshness.discardIfStale(applicationDir, SEVEN_DAYS, NOW);

        // Then it restores from where it left off
        assertThat(discarded).isFalse();
        assertThat(store).exists();
    }

    @Test
    void shouldDiscardAStoreOfflineLongerThanTheTombstoneRetention() throws Exception {
        Path store = globalStoreMarkedCurrentAt(NOW.minus(Duration.ofDays(8)));

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
    void shouldDiscardAStoreNeverMarkedCurrent() throws Exception {
        // Given a store left by a version that did not mark it, or by a crash before the first mark
        Path store = globalStoreMarkedCurrentAt(NOW);
        Files.delete(applicationDir.resolve("global").resolve(WatchlistStoreFreshness.MARK));

        assertThat(WatchlistStoreFreshness.discardIfStale(applicationDir, SEVEN_DAYS, NOW)).isTrue();
        assertThat(store).doesNotExist();
    }

    @Test
    void shouldLeaveAnInstanceWithoutAStoreAlone() {
        assertThat(WatchlistStoreFreshness.discardIfStale(applicationDir, SEVEN_DAYS, NOW)).isFalse();
    }

    private Path globalStoreMarkedCurrentAt(Instant at) throws Exception {
        Path global = Files.createDirectories(applicationDir.resolve("global"));
        Path store = Files.createDirectories(global.resolve("rocksdb").resolve("watchlist-store"));
        Files.writeString(store.resolve("000001.sst"), "entries");
        Path mark = Files.writeString(global.resolve(WatchlistStoreFreshness.MARK), "current");
        Files.setLastModifiedTime(mark, FileTime.from(at));
        return store;
    }
}
