package org.heritagesentinel.watchlist;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The entries of the index, each in a numbered slot as its Avro binary encoding: a few hundred bytes
 * instead of a tree of Java objects, and a slot number is what the postings hold. Slots of delisted
 * entries are reused. Not thread-safe: {@link WatchlistIndex} guards it.
 */
final class EntrySlots {
    private static final int INITIAL_CAPACITY = 1 << 10;

    private final Map<String, Integer> slotOf = new HashMap<>();
    private byte[][] encoded = new byte[INITIAL_CAPACITY][];
    private int[] freed = new int[16];
    private int freedCount;
    private int nextUnused;

    /** The slot of the entry, -1 if it is not held. */
    int slotOf(String entryId) {
        Integer slot = slotOf.get(entryId);
        return slot == null ? -1 : slot;
    }

    byte[] at(int slot) {
        return encoded[slot];
    }

    /** Holds the encoding in the entry's slot, or in a new one; returns the slot. */
    int put(String entryId, byte[] bytes) {
        int slot = slotOf(entryId);
        if (slot < 0) {
            slot = freedCount > 0 ? freed[--freedCount] : nextUnused++;
            if (slot == encoded.length) {
                encoded = Arrays.copyOf(encoded, encoded.length * 2);
            }
            slotOf.put(entryId, slot);
        }
        encoded[slot] = bytes;
        return slot;
    }

    void remove(String entryId) {
        Integer slot = slotOf.remove(entryId);
        if (slot != null) {
            encoded[slot] = null;
            if (freedCount == freed.length) {
                freed = Arrays.copyOf(freed, freed.length * 2);
            }
            freed[freedCount++] = slot;
        }
    }

    int size() {
        return slotOf.size();
    }

    void clear() {
        slotOf.clear();
        encoded = new byte[INITIAL_CAPACITY][];
        freedCount = 0;
        nextUnused = 0;
    }
}
