package org.heritagesentinel.watchlist;

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
        rebuildIndexFromStore();
    }

    /**
     * A persistent store restored from its checkpoint holds entries this processor never saw in
     * this JVM: the index is rebuilt from the store so it is complete after any restart.
     */
    private void rebuildIndexFromStore() {
        index.clear();
        int count = 0;
        try (KeyValueIterator<String, WatchlistEntry> all = store.all()) {
            while (all.hasNext()) {
                WatchlistEntry entry = all.next().value;
                if (entry != null) {
                    safely(() -> index.upsert(entry), entry.getEntryId());
                    count++;
                }
            }
        }
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
            log.error("Watchlist entry {} could not be applied and was skipped", entryId, e);
        }
    }
}
