package org.heritagesentinel.topology;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.StateStoreContext;
import org.apache.kafka.streams.state.StoreBuilder;

/**
 * Retro key → keys of the task's recent declarations indexed under it. Every screened declaration adds
 * itself under each of its retro keys, so adding is a hash insert; the key order a capped look-up needs
 * (the order the former RocksDB prefix scan listed them in, so that it picks the same candidates) is
 * sorted only when asked for, and kept until the key's declarations change. It is held in memory and writes no changelog: the recent-declarations store is its source of truth, and
 * {@link RecentDeclarations} rebuilds it from that store when the task's processors start, which
 * Kafka Streams does only once the task's stores are restored.
 *
 * <p>A state store rather than a processor field, so that the processors of one task (live screening
 * records, retro-screening looks up) share one instance, and so that it is emptied whenever Kafka
 * Streams re-initialises or closes the task's stores — a revived or migrated task, a dirty close
 * under exactly-once. Kafka Streams keeps the stores open when it turns an active task into a
 * standby and back: the index is therefore also dropped whenever the task's processors close
 * ({@link RecentDeclarations#release}), since a standby applies the declarations' changelog without
 * them. One stream thread owns a task: no locking.
 */
final class RetroKeyIndex implements StateStore {
    private final String name;
    private final Map<String, Declarations> declarationsByKey = new HashMap<>();
    private boolean open;
    private boolean built;

    RetroKeyIndex(String name) {
        this.name = name;
    }

    /** How the topology adds it: in memory, never logged, never cached. */
    static StoreBuilder<RetroKeyIndex> builder(String name) {
        return new Builder(name);
    }

    /** False from (re-)initialisation until the first processor of the task has rebuilt it. */
    boolean isBuilt() {
        return built;
    }

    void markBuilt() {
        built = true;
    }

    /** Empties it: the next processor start of the task rebuilds it. */
    void drop() {
        declarationsByKey.clear();
        built = false;
    }

    void add(String retroKey, String declarationKey) {
        declarationsByKey.computeIfAbsent(retroKey, k -> new Declarations()).add(declarationKey);
    }

    void remove(String retroKey, String declarationKey) {
        Declarations keys = declarationsByKey.get(retroKey);
        if (keys != null && keys.remove(declarationKey) && keys.isEmpty()) {
            declarationsByKey.remove(retroKey);
        }
    }

    /** The keys of the declarations indexed under {@code retroKey}, in no particular order. */
    Set<String> declarations(String retroKey) {
        Declarations keys = declarationsByKey.get(retroKey);
        return keys == null ? Set.of() : keys.unordered();
    }

    /** As {@link #declarations}, in key order. */
    List<String> declarationsInKeyOrder(String retroKey) {
        Declarations keys = declarationsByKey.get(retroKey);
        return keys == null ? List.of() : keys.inKeyOrder();
    }

    /** Distinct retro keys held, for the rebuild's log line. */
    int retroKeys() {
        return declarationsByKey.size();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void init(StateStoreContext context, StateStore root) {
        drop();
        // nothing is logged, so nothing is ever restored: the processors rebuild it from the declarations
        context.register(root, (key, value) -> {
            throw new IllegalStateException("the retro key index has no changelog to restore from");
        });
        open = true;
    }

    @Override
    public void close() {
        drop();
        open = false;
    }

    @Override
    public boolean persistent() {
        return false;
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    /** The declarations of one retro key, and their key order once asked for, until they change. */
    private static final class Declarations {
        private final Set<String> keys = new HashSet<>();
        private final Set<String> view = Collections.unmodifiableSet(keys);
        private List<String> sorted;

        void add(String key) {
            if (keys.add(key)) {
                sorted = null;
            }
        }

        boolean remove(String key) {
            boolean removed = keys.remove(key);
            if (removed) {
                sorted = null;
            }
            return removed;
        }

        boolean isEmpty() {
            return keys.isEmpty();
        }

        Set<String> unordered() {
            return view;
        }

        List<String> inKeyOrder() {
            if (sorted == null) {
                String[] ordered = keys.toArray(new String[0]);
                Arrays.sort(ordered);
                sorted = List.of(ordered);
            }
            return sorted;
        }
    }

    private record Builder(String name) implements StoreBuilder<RetroKeyIndex> {
        @Override
        public StoreBuilder<RetroKeyIndex> withCachingEnabled() {
            return this;
        }

        @Override
        public StoreBuilder<RetroKeyIndex> withCachingDisabled() {
            return this;
        }

        @Override
        public StoreBuilder<RetroKeyIndex> withLoggingEnabled(Map<String, String> config) {
            throw new UnsupportedOperationException("the retro key index is rebuilt from the recent declarations, never logged");
        }

        @Override
        public StoreBuilder<RetroKeyIndex> withLoggingDisabled() {
            return this;
        }

        @Override
        public RetroKeyIndex build() {
            return new RetroKeyIndex(name);
        }

        @Override
        public Map<String, String> logConfig() {
            return Map.of();
        }

        @Override
        public boolean loggingEnabled() {
            return false;
        }
    }
}
