package org.heritagesentinel.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.serde.AvroEntryCodec;
import org.heritagesentinel.serde.InternalAvroSerde;
import org.heritagesentinel.testdata.WatchlistEntries;
import org.heritagesentinel.watchlist.BlockingKeys;
import org.heritagesentinel.watchlist.WatchlistIndex;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WatchlistTableProcessorSpec {
    private static final String STORE = "watchlist-store";

    /** Counts how many names were turned into keys: how much indexing work was done. */
    private final AtomicInteger namesKeyed = new AtomicInteger();
    private final WatchlistIndex index = new WatchlistIndex(new BlockingKeys(name -> {
        namesKeyed.incrementAndGet();
        return Stream.of(name.toLowerCase(Locale.ROOT).split(" ")).collect(Collectors.toSet());
    }), new AvroEntryCodec());
    private final WatchlistReplay replay = new WatchlistReplay(STORE);
    private final MockProcessorContext<Void, Void> context = new MockProcessorContext<>();
    private KeyValueStore<String, WatchlistEntry> store;

    @BeforeEach
    void openStore() {
        store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(STORE), Serdes.String(),
            new InternalAvroSerde<>(WatchlistEntry.class)).withLoggingDisabled().build();
        store.init(context.getStateStoreContext(), store);
        context.addStateStore(store);
    }

    @Test
    void shouldCompleteTheIndexFromAStoreRestoredFromItsCheckpoint() {
        // Given a store holding entries this JVM never processed
        store.put("PTY-1", WatchlistEntries.listedParty("PTY-1", "Karim Haddad", null));
        store.put("PTY-2", WatchlistEntries.listedParty("PTY-2", "Layla Nasser", null));

        // When
        new WatchlistTableProcessor(STORE, index, replay).init(context);

        // Then
        assertThat(index.size()).isEqualTo(2);
        assertThat(index.postingSize(BlockingKeys.NAME + "nasser")).isEqualTo(1);
    }

    @Test
    void shouldNotIndexAgainWhatAnEarlierProcessorOnTheSameStoreIndexed() {
        // Given a processor that replayed the topic into the store (a fresh start)
        WatchlistTableProcessor replaying = new WatchlistTableProcessor(STORE, index, replay);
        replaying.init(context);
        replaying.process(new Record<>("PTY-1", WatchlistEntries.listedParty("PTY-1", "Karim Haddad", null), 0L));
        replaying.process(new Record<>("PTY-2", WatchlistEntries.listedParty("PTY-2", "Layla Nasser", null), 0L));
        int keyedByReplay = namesKeyed.get();

        // When the processor that stays is initialised on the same store
        new WatchlistTableProcessor(STORE, index, replay).init(context);

        // Then
        assertThat(namesKeyed.get()).isEqualTo(keyedByReplay);
        assertThat(index.size()).isEqualTo(2);
    }

    @Test
    void shouldDropFromTheIndexWhatTheStoreNoLongerHolds() {
        // Given an index holding an entry the store does not
        store.put("PTY-1", WatchlistEntries.listedParty("PTY-1", "Karim Haddad", null));
        index.upsert(WatchlistEntries.listedParty("PTY-9", "Omar Stale", null));

        // When
        new WatchlistTableProcessor(STORE, index, replay).init(context);

        // Then
        assertThat(index.get("PTY-9")).isNull();
        assertThat(index.size()).isEqualTo(1);
        assertThat(index.candidates(Set.of(BlockingKeys.NAME + "stale"))).isEmpty();
    }

    @Test
    void shouldIndexAReplayInTheOrderOfTheTopicAndCompletelyWhenItEnds() {
        // Given a replay of the entries topic into the store
        WatchlistTableProcessor processor = new WatchlistTableProcessor(STORE, index, replay);
        processor.init(context);
        TopicPartition partition = new TopicPartition("watchlist.entries.v1", 0);
        replay.onRestoreStart(partition, STORE, 0, 9);

        // When a first batch lists two entries, delists the first, revises the second and lists a third
        processor.process(new Record<>("PTY-1", WatchlistEntries.listedParty("PTY-1", "Karim Haddad", null), 0L));
        processor.process(new Record<>("PTY-2", WatchlistEntries.listedParty("PTY-2", "Layla Nasser", null), 0L));
        processor.process(new Record<String, WatchlistEntry>("PTY-1", null, 0L));
        processor.process(new Record<>("PTY-2", revision(WatchlistEntries.listedParty("PTY-2", "Layla Haddad", null), 2), 0L));
        processor.process(new Record<>("PTY-5", WatchlistEntries.listedParty("PTY-5", "Samir Aziz", null), 0L));
        assertThat(index.get("PTY-2").getRevision()).as("the revision waits for the end of the batch").isEqualTo(1);
        replay.onBatchRestored(partition, STORE, 5, 5);
        // and a second batch revises the second again, lists a fourth, delists the third, and lists a fifth
        processor.process(new Record<>("PTY-2", revision(WatchlistEntries.listedParty("PTY-2", "Layla Saleh", null), 3), 0L));
        processor.process(new Record<>("PTY-3", WatchlistEntries.listedParty("PTY-3", "Omar Khoury", null), 0L));
        processor.process(new Record<String, WatchlistEntry>("PTY-5", null, 0L));
        processor.process(new Record<>("PTY-6", WatchlistEntries.listedParty("PTY-6", "Hana Yousef", null), 0L));
        replay.onBatchRestored(partition, STORE, 9, 4);
        replay.onRestoreEnd(partition, STORE, 9);

        // Then, the replay ended, the index holds what the topic says, as the store does: batch after batch, in order
        assertThat(index.get("PTY-1")).isNull();
        assertThat(index.get("PTY-5")).as("delisted after the batch that listed it").isNull();
        assertThat(index.get("PTY-2").getRevision()).isEqualTo(3);
        assertThat(index.get("PTY-6")).as("listed by the last batch").isNotNull();
        assertThat(index.size()).isEqualTo(3);
        assertThat(index.candidates(Set.of(BlockingKeys.NAME + "nasser", BlockingKeys.NAME + "haddad",
            BlockingKeys.NAME + "aziz"))).isEmpty();
        assertThat(index.postingSize(BlockingKeys.NAME + "saleh")).isEqualTo(1);
        assertThat(index.postingSize(BlockingKeys.NAME + "khoury")).isEqualTo(1);
        assertThat(store.get("PTY-2").getRevision()).isEqualTo(3);

        // and once the replay has ended, a change is indexed as it arrives
        processor.process(new Record<>("PTY-4", WatchlistEntries.listedParty("PTY-4", "Nadia Mansour", null), 0L));
        assertThat(index.get("PTY-4")).isNotNull();
    }

    private static WatchlistEntry revision(WatchlistEntry entry, long revision) {
        return WatchlistEntry.newBuilder(entry).setRevision(revision).build();
    }

    @Test
    void shouldIgnoreTheReplayOfAnotherGlobalStore() {
        WatchlistTableProcessor processor = new WatchlistTableProcessor(STORE, index, replay);
        processor.init(context);
        replay.onRestoreStart(new TopicPartition("reference.exchange-rates.v1", 0), "exchange-rate-store", 0, 10);

        processor.process(new Record<>("PTY-1", WatchlistEntries.listedParty("PTY-1", "Karim Haddad", null), 0L));

        assertThat(index.get("PTY-1")).isNotNull();
    }
}
