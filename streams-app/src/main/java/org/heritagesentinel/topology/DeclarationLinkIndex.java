package org.heritagesentinel.topology;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;
import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.avro.ScreeningState;
import org.heritagesentinel.seizure.OutcomeLinkKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Link key (container, vehicle, trading party) → the task's declarations indexed under it at their
 * acceptance time, for outcome linking: a seizure, broadcast to every declaration task, probes each
 * task's index for the declarations of its goods.
 *
 * <p>A window store on disk (it spans {@code outcomes.link-retention}, months of declarations: too
 * much for memory) that writes <em>no changelog</em>: each declaration's alert state, written anyway,
 * carries its link keys ({@code ScreeningState.linkKeys}) and is the source of truth the index is
 * rebuilt from whenever the task's processors start — after a restore, a migration, or a standby that
 * applied the alert states without running processors. So a declaration costs no record here, where
 * the index it replaced cost one repartition record and one changelog record per link key.
 *
 * <p>Entries are keyed {@code linkKey NUL declarationKey}, with an empty value (the key says it all):
 * re-indexing a declaration overwrites its entry, which makes the rebuild idempotent; the store drops
 * them after the retention on its own.
 */
final class DeclarationLinkIndex {
    private static final Logger log = LoggerFactory.getLogger(DeclarationLinkIndex.class);
    private static final char SEPARATOR = '\u0000';
    private static final char AFTER_SEPARATOR = '\u0001';

    private final WindowStore<String, String> links;

    DeclarationLinkIndex(WindowStore<String, String> links) {
        this.links = links;
    }

    /** How the topology adds it: on disk, never logged, one entry per (link key, declaration). */
    static StoreBuilder<WindowStore<String, String>> builder(String name, Duration retention) {
        return Stores.windowStoreBuilder(Stores.persistentWindowStore(name, retention, Duration.ofMillis(1), false),
            Serdes.String(), Serdes.String()).withLoggingDisabled();
    }

    /** The link keys a declaration is indexed under (and which its alert state carries). */
    static List<String> keysOf(CustomsDeclaration declaration) {
        return List.copyOf(OutcomeLinkKeys.of(declaration.getTransport(), declaration.getParties()).keySet());
    }

    void index(String declarationKey, Collection<String> linkKeys, Instant acceptedAt) {
        for (String linkKey : linkKeys) {
            links.put(linkKey + SEPARATOR + declarationKey, "", acceptedAt.toEpochMilli());
        }
    }

    /** Keys of the declarations indexed under {@code linkKey} and accepted within [from, to], each once. */
    Set<String> declarations(String linkKey, Instant from, Instant to) {
        Set<String> found = new LinkedHashSet<>();
        try (KeyValueIterator<Windowed<String>, String> entries = links.fetch(linkKey + SEPARATOR, linkKey + AFTER_SEPARATOR,
            from, to)) {
            entries.forEachRemaining(entry -> found.add(entry.key.key().substring(linkKey.length() + 1)));
        }
        return found;
    }

    /**
     * Re-indexes every declaration accepted after {@code horizon} from the task's alert states. A state
     * written before alert states carried link keys takes them from the declaration, while it is still
     * among the recent ones (the retro window); older declarations of an upgrade link by reference only.
     */
    void rebuild(KeyValueStore<String, ScreeningState> states, KeyValueStore<String, CustomsDeclaration> recent,
                 Instant horizon, Instant now) {
        long started = System.nanoTime();
        int indexed = 0;
        try (KeyValueIterator<String, ScreeningState> all = states.all()) {
            while (all.hasNext()) {
                KeyValue<String, ScreeningState> kv = all.next();
                if (kv.value == null || kv.value.getEventTime().isBefore(horizon)) {
                    continue;
                }
                List<String> linkKeys = kv.value.getLinkKeys();
                if (linkKeys.isEmpty()) {
                    CustomsDeclaration declaration = recent.get(kv.key);
                    linkKeys = declaration == null ? List.of() : keysOf(declaration);
                }
                if (!linkKeys.isEmpty()) {
                    // as when it was screened: an acceptance time in the future is indexed at the time of screening
                    index(kv.key, linkKeys, kv.value.getEventTime().isAfter(now) ? now : kv.value.getEventTime());
                    indexed++;
                }
            }
        }
        log.info("Declaration link index rebuilt from {} alert states in {} ms", indexed,
            (System.nanoTime() - started) / 1_000_000);
    }
}
