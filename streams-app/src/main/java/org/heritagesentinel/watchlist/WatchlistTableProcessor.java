package org.heritagesentinel.watchlist;

import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.heritagesentinel.avro.WatchlistEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the global watchlist store and the match index in step. It runs on the global thread, where
 * an exception would stop screening for the whole region, so it never throws: entries reaching it
 * were validated upstream, and anything unexpected is logged and skipped.
 */
public final class WatchlistTableProcessor implements Processor<String, WatchlistEntry, Void, Void> {
    private static final Logger log = LoggerFactory.getLogger(WatchlistTableProcessor.class);

    private static final int REBUILD_BATCH = 1_024;

    private final String storeName;
    private final WatchlistIndex index;
    private KeyValueStore<String, WatchlistEntry> store;

    public WatchlistTableProcessor(String storeName, WatchlistIndex index) {
        this.storeName = storeName;
        this.index = index;
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        store = context.getStateStore(storeName);
        if (!index.isLoadedFrom(store)) {
            rebuildIndexFromStore();
        }
    }

    /**
     * A persistent store restored from its checkpoint holds entries this processor never saw in
     * this JVM: the index is rebuilt from the store so it is complete after any restart. Entries are
     * indexed in batches whose blocking keys are computed in parallel: this is the bootstrap time.
     * Kafka Streams opens the store twice on a fresh start — a processor replays the topic into it,
     * then the processor that stays is initialised — so the index remembers the store it was loaded
     * from, and every later change of that store passed through {@link #process}: the second
     * initialisation has nothing to rebuild.
     */
    private void rebuildIndexFromStore() {
        index.clear();
        int count = 0;
        List<WatchlistEntry> batch = new ArrayList<>(REBUILD_BATCH);
        try (KeyValueIterator<String, WatchlistEntry> all = store.all()) {
            while (all.hasNext()) {
                WatchlistEntry entry = all.next().value;
                if (entry != null) {
                    batch.add(entry);
                    count++;
                }
                if (batch.size() == REBUILD_BATCH || !all.hasNext()) {
                    index.upsertAll(batch).forEach(WatchlistTableProcessor::logSkipped);
                    batch.clear();
                }
            }
        }
        index.loadedFrom(store);
        log.info("Watchlist index rebuilt from store: {} entries", count);
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
                index.delist(key);
            } else {
                store.put(key, record.value());
                index.upsert(record.value());
            }
        }, key);
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
