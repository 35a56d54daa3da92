package org.heritagesentinel.topology;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.retro.RetroKeys;

/**
 * The declarations a task screened in the retro window, and an index from retro key to declaration
 * key ({@code "<retro key>\u0000<declaration key>"}, so a prefix scan lists one key's declarations).
 * Both live in the declaration task's local stores: every partition holds its own recent
 * declarations, which is why watchlist changes are broadcast to every partition.
 */
public final class RecentDeclarations {
    private static final char SEPARATOR = '\u0000';

    private final KeyValueStore<String, CustomsDeclaration> declarations;
    private final KeyValueStore<String, String> byKey;
    private final RetroKeys keys;

    public RecentDeclarations(KeyValueStore<String, CustomsDeclaration> declarations, KeyValueStore<String, String> byKey,
                              RetroKeys keys) {
        this.declarations = declarations;
        this.byKey = byKey;
        this.keys = keys;
    }

    /** Remembers the screened version of a declaration (replacing an earlier version and its keys). */
    public void remember(String key, CustomsDeclaration declaration) {
        forget(key);
        declarations.put(key, declaration);
        for (String retroKey : keys.forDeclaration(declaration)) {
            byKey.put(retroKey + SEPARATOR + key, key);
        }
    }

    public void forget(String key) {
        CustomsDeclaration previous = declarations.get(key);
        if (previous == null) {
            return;
        }
        for (String retroKey : keys.forDeclaration(previous)) {
            byKey.delete(retroKey + SEPARATOR + key);
        }
        declarations.delete(key);
    }

    public CustomsDeclaration get(String key) {
        return declarations.get(key);
    }

    /** Keys of the declarations indexed under any of {@code retroKeys}, each once, at most {@code limit}. */
    public Set<String> candidates(Set<String> retroKeys, int limit) {
        Set<String> found = new LinkedHashSet<>();
        for (String retroKey : retroKeys) {
            try (KeyValueIterator<String, String> it = byKey.prefixScan(retroKey + SEPARATOR, Serdes.String().serializer())) {
                while (it.hasNext() && found.size() < limit) {
                    found.add(it.next().value);
                }
            }
            if (found.size() >= limit) {
                break;
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
