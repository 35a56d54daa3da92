package org.heritagesentinel.topology;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.watchlist.WatchlistIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the global watchlist store and the match index in step. It runs on the global thread, where
 * an exception would stop screening for the whole region, so it never throws: entries reaching it
 * were validated upstream, and anything unexpected is logged and skipped.
 */
public final class WatchlistTableProcessor implements Processor<String, WatchlistEntry, Void, Void> {
    private static final Logger log = LoggerFactory.getLogger(WatchlistTableProcessor.class);

    private static final int LOAD_BATCH = 1_024;

    private final String storeName;
    private final WatchlistIndex index;
    private final WatchlistReplay replay;
    /** Entries of the replayed batch in progress, indexed together when it ends. */
    private List<WatchlistEntry> replayed = new ArrayList<>();
    /**
     * The previous replayed batch, its blocking keys being computed off this thread while it reads the
     * next one; applied to the index when the next batch ends, or at once when the replay ends or anything else
     * must follow it. Null when nothing is pending.
     */
    private CompletableFuture<WatchlistIndex.KeyedBatch> pending;
    private final Runnable batchEnded = this::replayedBatchEnded;
    private KeyValueStore<String, WatchlistEntry> store;

    public WatchlistTableProcessor(String storeName, WatchlistIndex index, WatchlistReplay replay) {
        this.storeName = storeName;
        this.index = index;
        this.replay = replay;
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        store = context.getStateStore(storeName);
        replay.onBatchEnd(batchEnded);
        Loaded loaded = loadIndexFromStore();
        if (loaded.matched() != index.size()) {
            // the index holds entries the store does not: start from the store alone
            index.clear();
            loaded = loadIndexFromStore();
        }
        log.info("Watchlist index loaded from store: {} entries, {} of them indexed now", index.size(), loaded.indexed());
    }

    /** Entries of the store the index holds, and how many of them had to be indexed. */
    private record Loaded(int matched, int indexed) {
    }

    /**
     * Brings the index in line with the store. A persistent store restored from its checkpoint holds
     * entries this processor never saw in this JVM, so the index is completed from the store after
     * any restart. On a fresh start Kafka Streams initialises a processor on the store twice (one
     * replays the topic into it, then the one that stays): the second finds every entry indexed
     * already, so entries are compared first and only the missing or different ones indexed, in
     * batches whose blocking keys are computed in parallel (this is the bootstrap time).
     */
    private Loaded loadIndexFromStore() {
        int matched = 0;
        int indexed = 0;
        List<WatchlistEntry> batch = new ArrayList<>(LOAD_BATCH);
        try (KeyValueIterator<String, WatchlistEntry> all = store.all()) {
            while (all.hasNext()) {
                WatchlistEntry entry = all.next().value;
                if (entry != null && entry.equals(index.get(entry.getEntryId()))) {
                    matched++;
                } else if (entry != null) {
                    batch.add(entry);
                }
                if (batch.size() == LOAD_BATCH || !all.hasNext()) {
                    Map<String, RuntimeException> skipped = index.upsertAll(batch);
                    skipped.forEach(WatchlistTableProcessor::logSkipped);
                    indexed += batch.size() - skipped.size();
                    batch.clear();
                }
            }
        }
        return new Loaded(matched + indexed, indexed);
    }

    @Override
    public void process(Record<String, WatchlistEntry> record) {
        String key = record.key();
        if (key == null) {
            log.warn("Watchlist record without key ignored");
            return;
        }
        safely(() -> {
            if (record.value() == null) {
                store.delete(key);
                indexReplayed(); // what came before the delisting first
                index.delist(key);
            } else if (replay.replaying()) {
                store.put(key, record.value());
                replayed.add(record.value());
            } else {
                store.put(key, record.value());
                index.upsert(record.value());
            }
        }, key);
    }

    /**
     * A replayed batch is complete. While the replay goes on, its blocking keys (most of the cost of indexing) are
     * computed off this thread ({@code CompletableFuture}'s default executor: the common pool, or a thread of its own
     * where the pool has a single worker, as on two cores; the keys themselves are a parallel stream) while this
     * thread applies the batch before it and reads the next: the global thread's own share (reading, storing,
     * adding postings) and the keys overlap instead of taking turns, which is the bootstrap time of a long list. At
     * the end of the replay everything is indexed before this returns: screening starts on a complete index.
     */
    private void replayedBatchEnded() {
        if (!replay.replaying()) {
            indexReplayed();
            return;
        }
        if (replayed.isEmpty()) {
            return;
        }
        List<WatchlistEntry> batch = replayed;
        replayed = new ArrayList<>();
        CompletableFuture<WatchlistIndex.KeyedBatch> next = CompletableFuture.supplyAsync(() -> index.keyed(batch));
        applyPending();
        pending = next;
    }

    /** Indexes every replayed entry not indexed yet, in their order: before a delisting, at the end, on close. */
    private void indexReplayed() {
        applyPending();
        if (replayed.isEmpty()) {
            return;
        }
        Map<String, RuntimeException> skipped = index.upsertAll(replayed);
        skipped.forEach(WatchlistTableProcessor::logSkipped);
        replayed.clear();
    }

    private void applyPending() {
        if (pending == null) {
            return;
        }
        WatchlistIndex.KeyedBatch keyed = pending.join();
        pending = null;
        index.apply(keyed).forEach(WatchlistTableProcessor::logSkipped);
    }

    @Override
    public void close() {
        indexReplayed();
        replay.remove(batchEnded);
    }

    private static void safely(Runnable action, String entryId) {
        try {
            action.run();
        } catch (RuntimeException e) {
            logSkipped(entryId, e);
        }
    }

    private static void logSkipped(String entryId, RuntimeException e) {
        log.error("Watchlist entry {} could not be applied and was skipped", entryId, e);
    }
}
