package org.heritagesentinel.watchlist;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * The inverted index from blocking key to entry slots, compact enough for a million entries: a key
 * is held as its 64-bit hash (open addressing, linear probing), its postings as ints — a single
 * posting inline, more in an int array. A hash collision (odds about 1 in 10^12 per look-up at a
 * million keys) could only add candidates, never lose one. Not thread-safe: {@link WatchlistIndex}
 * guards it.
 */
final class PostingTable {
    private static final int INITIAL_CAPACITY = 1 << 10;
    private static final double MAX_LOAD = 0.6;

    private long[] hashes;
    /** The posting when {@code many[i]} is null. */
    private int[] single;
    /** {@code many[i][0]} postings in {@code many[i][1..]}, when a key has more than one. */
    private int[][] many;
    private int keys;

    PostingTable() {
        allocate(INITIAL_CAPACITY);
    }

    void add(String key, int slot) {
        if (keys + 1 > hashes.length * MAX_LOAD) {
            grow();
        }
        long hash = hash(key);
        int i = find(hash);
        if (hashes[i] == 0) {
            hashes[i] = hash;
            single[i] = slot;
            keys++;
        } else if (many[i] == null) {
            many[i] = new int[] {2, single[i], slot, 0};
        } else {
            many[i] = append(many[i], slot);
        }
    }

    void remove(String key, int slot) {
        int i = find(hash(key));
        if (hashes[i] == 0) {
            return;
        }
        int[] list = many[i];
        if (list == null) {
            if (single[i] == slot) {
                deleteAt(i);
            }
            return;
        }
        int count = list[0];
        for (int p = 1; p <= count; p++) {
            if (list[p] == slot) {
                list[p] = list[count];
                list[0] = --count;
                break;
            }
        }
        if (count == 1) {
            single[i] = list[1];
            many[i] = null;
        }
    }

    /** How many slots the key points to. */
    int size(String key) {
        int i = find(hash(key));
        if (hashes[i] == 0) {
            return 0;
        }
        return many[i] == null ? 1 : many[i][0];
    }

    void forEach(String key, IntConsumer action) {
        int i = find(hash(key));
        if (hashes[i] == 0) {
            return;
        }
        int[] list = many[i];
        if (list == null) {
            action.accept(single[i]);
            return;
        }
        for (int p = 1; p <= list[0]; p++) {
            action.accept(list[p]);
        }
    }

    void clear() {
        allocate(INITIAL_CAPACITY);
    }

    private static int[] append(int[] list, int slot) {
        int count = list[0];
        int[] target = count + 1 < list.length ? list : Arrays.copyOf(list, list.length * 2);
        target[count + 1] = slot;
        target[0] = count + 1;
        return target;
    }

    /** The position of the hash, or the empty position where it would go. */
    private int find(long hash) {
        int mask = hashes.length - 1;
        int i = home(hash, mask);
        while (hashes[i] != 0 && hashes[i] != hash) {
            i = (i + 1) & mask;
        }
        return i;
    }

    /** Backward-shift deletion: keeps every probe sequence unbroken without tombstones. */
    private void deleteAt(int position) {
        int mask = hashes.length - 1;
        int gap = position;
        int j = position;
        while (true) {
            j = (j + 1) & mask;
            if (hashes[j] == 0) {
                break;
            }
            int home = home(hashes[j], mask);
            boolean stays = gap <= j ? gap < home && home <= j : gap < home || home <= j;
            if (!stays) {
                hashes[gap] = hashes[j];
                single[gap] = single[j];
                many[gap] = many[j];
                gap = j;
            }
        }
        hashes[gap] = 0;
        many[gap] = null;
        keys--;
    }

    private void grow() {
        long[] oldHashes = hashes;
        int[] oldSingle = single;
        int[][] oldMany = many;
        int count = keys;
        allocate(oldHashes.length * 2);
        for (int i = 0; i < oldHashes.length; i++) {
            if (oldHashes[i] != 0) {
                int j = find(oldHashes[i]);
                hashes[j] = oldHashes[i];
                single[j] = oldSingle[i];
                many[j] = oldMany[i];
            }
        }
        keys = count;
    }

    private void allocate(int capacity) {
        hashes = new long[capacity];
        single = new int[capacity];
        many = new int[capacity][];
        keys = 0;
    }

    private static int home(long hash, int mask) {
        return (int) (hash ^ (hash >>> 32)) & mask;
    }

    /** FNV-1a over the characters, then the MurmurHash3 finaliser; never 0 (the empty marker). */
    private static long hash(String key) {
        long h = WatchlistIndex.fnv1a(key);
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }
}
