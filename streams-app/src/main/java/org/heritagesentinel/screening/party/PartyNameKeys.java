package org.heritagesentinel.screening.party;

import java.util.List;
import java.util.Set;

/** Blocking keys of a party name; the matching engine provides the multilingual implementation. */
@FunctionalInterface
public interface PartyNameKeys {
    Set<String> keys(String name);

    /**
     * Whether a key stands for one name part alone: when that part is common in the list held, the
     * name is looked up through its pairs of parts instead. Keys of no known shape stand for more.
     */
    default boolean standsForOnePart(String key) {
        return false;
    }

    /** Whether a key stands for two parts of one name together. */
    default boolean standsForPair(String key) {
        return false;
    }

    /** The keys of each part of a pair key on its own; empty for a key of another shape. */
    default List<String> partsOfPair(String key) {
        return List.of();
    }

    /**
     * The keys without those that only narrow another key of the same name (a pair with a rare part,
     * whose own key is there too): enough for a look-up that never skips a key for being common.
     */
    default Set<String> essentialKeys(String name) {
        return keys(name);
    }
}
