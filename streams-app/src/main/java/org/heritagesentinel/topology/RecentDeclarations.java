package org.heritagesentinel.topology;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.retro.RetroKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The declarations a task screened in the retro window, and an index from retro key to declaration
 * key. The declarations live in the task's logged store, one record per declaration; the index
 * lives in memory ({@link RetroKeyIndex}) and is rebuilt from them by the first processor of the task
 * to start, so a declaration costs one changelog record, not one per retro key. Every partition holds
 * its own recent declarations, which is why watchlist changes are broadcast to every partition.
 */
public final class RecentDeclarations {
    private static final Logger log = LoggerFactory.getLogger(RecentDeclarations.class);

    private final KeyValueStore<String, CustomsDeclaration> declarations;
    private final RetroKeyIndex byKey;
    private final RetroKeys keys;

    /** Call from a processor's {@code init}: Kafka Streams has restored {@code declarations} by then. */
    RecentDeclarations(KeyValueStore<String, CustomsDeclaration> declarations, RetroKeyIndex byKey, RetroKeys keys) {
        this.declarations = declarations;
        this.byKey = byKey;
        this.keys = keys;
        if (!byKey.isBuilt()) {
            rebuildIndex();
        }
    }

    /**
     * The task stops processing — suspended, closed, or turned into a standby that applies the
     * declarations' changelog without processors: the index is dropped so that the task's next start
     * rebuilds it from what the store then holds.
     */
    void release() {
        byKey.drop();
    }

    private void rebuildIndex() {
        long started = System.nanoTime();
        int count = 0;
        try (KeyValueIterator<String, CustomsDeclaration> all = declarations.all()) {
            while (all.hasNext()) {
                KeyValue<String, CustomsDeclaration> kv = all.next();
                if (kv.value != null) {
                    index(kv.key, kv.value);
                    count++;
                }
            }
        }
        byKey.markBuilt();
        log.info("Retro key index rebuilt from {} recent declarations ({} retro keys) in {} ms", count, byKey.retroKeys(),
            (System.nanoTime() - started) / 1_000_000);
    }

    private void index(String key, CustomsDeclaration declaration) {
        for (String retroKey : keys.forDeclaration(declaration)) {
            byKey.add(retroKey, key);
        }
    }

    private void unindex(String key, CustomsDeclaration declaration) {
        for (String retroKey : keys.forDeclaration(declaration)) {
            byKey.remove(retroKey, key);
        }
    }

    /** Remembers the screened version of a declaration (replacing an earlier version and its keys). */
    public void remember(String key, CustomsDeclaration declaration) {
        CustomsDeclaration previous = declarations.get(key);
        if (declaration.equals(previous)) {
            return; // a redelivery: the store and its changelog already hold it
        }
        if (previous != null) {
            unindex(key, previous);
        }
        declarations.put(key, declaration);
        index(key, declaration);
    }

    public void forget(String key) {
        CustomsDeclaration previous = declarations.get(key);
        if (previous == null) {
            return;
        }
        unindex(key, previous);
        declarations.delete(key);
    }

    public CustomsDeclaration get(String key) {
        return declarations.get(key);
    }

    /**
     * Keys of the declarations indexed under any of {@code retroKeys}, each once, at most {@code limit}, in key
     * order: the retro keys are taken in their order, and of the one that overflows the limit its first
     * declarations in key order (a retro key's declarations are put in key order only then).
     */
    public Set<String> candidates(Set<String> retroKeys, int limit) {
        Set<String> found = new TreeSet<>();
        for (String retroKey : retroKeys) {
            if (found.size() >= limit) {
                break;
            }
            Set<String> indexed = byKey.declarations(retroKey);
            if (found.size() + indexed.size() <= limit) {
                found.addAll(indexed);
                continue;
            }
            for (String key : byKey.declarationsInKeyOrder(retroKey)) {
                if (found.size() >= limit) {
                    break;
                }
                found.add(key);
            }
        }
        return found;
    }

    /** Forgets declarations accepted before {@code horizon}; returns how many. */
    public int expire(Instant horizon) {
        List<String> old = new ArrayList<>();
        try (KeyValueIterator<String, CustomsDeclaration> all = declarations.all()) {
            while (all.hasNext()) {
                KeyValue<String, CustomsDeclaration> kv = all.next();
                if (kv.value != null && kv.value.getAcceptedAt().isBefore(horizon)) {
                    old.add(kv.key);
                }
            }
        }
        old.forEach(this::forget);
        return old.size();
    }
}
