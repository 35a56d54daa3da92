package org.heritagesentinel.watchlist;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.Lock;
import java.util.function.Function;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.heritagesentinel.avro.EntryKind;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.cache.RecentCache;

/**
 * The in-memory match index of the watchlist: entries by id, an inverted index from blocking key to
 * entries, and risk profiles by HS prefix. Written by the global-store processor (one thread),
 * read concurrently by the stream threads.
 *
 * <p>Sized for a million entries: entries are held as their Avro encoding and decoded only when
 * they are candidates (a bounded cache keeps those met again), postings are slot numbers under
 * hashed keys ({@link PostingTable}), and the keys of an entry are computed again when it is
 * replaced or delisted rather than kept. Risk profiles, few and read for every item, are held
 * decoded.
 */
public final class WatchlistIndex {
    private static final String ANY_HS = "*";
    /**
     * Decoded entries kept for candidates met again (the carriers of names common in the list), per
     * generation of the cache: decoding was a tenth of the screening CPU with a long list, and a decoded
     * entry met again brings the same name strings, whose parsed forms are found at once.
     */
    private static final int DECODED_CACHE = 20_000;

    private final BlockingKeys blockingKeys;
    private final EntryCodec codec;
    private final Lock readLock;
    private final Lock writeLock;
    private final EntrySlots slots = new EntrySlots();
    private final PostingTable postings = new PostingTable();
    private final Map<String, WatchlistEntry> profiles = new HashMap<>();
    /** By the identity of the encoding: a new revision has a new one, so no entry is ever stale. */
    private final RecentCache<byte[], WatchlistEntry> decoded = new RecentCache<>(DECODED_CACHE);
    private final Function<byte[], WatchlistEntry> decode;
    private final Map<String, Set<String>> profilesByHsPrefix = new HashMap<>();
    /** Entry id → the revision it was delisted at: a retro pass arriving late must raise nothing. */
    private final Map<String, Long> delisted = new HashMap<>();
    private final int[] countByKind = new int[EntryKind.values().length];
    private long digest;
    private long profileDigest;
    /** Counts the changes applied; written after each change, so a reader that sees a count sees that change. */
    private volatile long changes;

    public WatchlistIndex(BlockingKeys blockingKeys, EntryCodec codec) {
        this.blockingKeys = blockingKeys;
        this.codec = codec;
        this.decode = codec::decode;
        ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
        this.readLock = lock.readLock();
        this.writeLock = lock.writeLock();
    }

    public BlockingKeys blockingKeys() {
        return blockingKeys;
    }

    /**
     * Adds or replaces an entry (a new revision replaces the old one whole). Writes come from the
     * global thread alone (and bulk loads), and are serialised; reads are not.
     * Blocking keys are computed outside the lock, so readers wait only for the table updates.
     */
    public synchronized void upsert(WatchlistEntry entry) {
        upsert(entry, keysOf(entry));
    }

    /**
     * Adds a batch of entries, computing their blocking keys (name parsing: nearly all the cost of
     * indexing) on all cores: for loading a whole list. Returns the entries that could not be
     * added, by entry id, so the caller can report them one by one.
     */
    public synchronized Map<String, RuntimeException> upsertAll(List<WatchlistEntry> batch) {
        return apply(keyed(batch));
    }

    /**
     * The first half of {@link #upsertAll}: a batch's blocking keys, computed on all cores; touches nothing of the
     * index, so it may run while the index applies an earlier batch ({@link #apply}).
     */
    public KeyedBatch keyed(List<WatchlistEntry> batch) {
        return new KeyedBatch(batch.parallelStream().map(this::keyed).toList());
    }

    /** The second half of {@link #upsertAll}: adds a keyed batch, in its order. Returns the entries that failed. */
    public synchronized Map<String, RuntimeException> apply(KeyedBatch batch) {
        Map<String, RuntimeException> failed = new LinkedHashMap<>();
        for (Keyed k : batch.entries) {
            try {
                if (k.failure() != null) {
                    throw k.failure();
                }
                upsert(k.entry(), k.keys());
            } catch (RuntimeException e) {
                failed.put(k.entry().getEntryId(), e);
            }
        }
        return failed;
    }

    /** Entries with their blocking keys computed, ready for {@link #apply}. */
    public static final class KeyedBatch {
        private final List<Keyed> entries;

        private KeyedBatch(List<Keyed> entries) {
            this.entries = entries;
        }
    }

    /** An entry with its blocking keys, or the failure computing them. */
    private record Keyed(WatchlistEntry entry, Set<String> keys, RuntimeException failure) {
    }

    private Keyed keyed(WatchlistEntry entry) {
        try {
            return new Keyed(entry, keysOf(entry), null);
        } catch (RuntimeException e) {
            return new Keyed(entry, Set.of(), e);
        }
    }

    private void upsert(WatchlistEntry entry, Set<String> keys) {
        String id = entry.getEntryId();
        delisted.remove(id);
        WatchlistEntry previous = held(id);
        Set<String> previousKeys = previous == null ? Set.of() : keysOf(previous);
        byte[] bytes = codec.encode(entry);
        writeLock.lock();
        try {
            if (previous != null) {
                remove(previous, previousKeys);
            }
            int slot = slots.put(id, bytes);
            if (entry.getKind() == EntryKind.RISK_PROFILE) {
                profiles.put(id, entry);
                keys.forEach(key -> profilesByHsPrefix.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(id));
            } else {
                keys.forEach(key -> postings.add(key, slot));
            }
            countByKind[entry.getKind().ordinal()]++;
            toggleDigest(entry);
            changes++;
        } finally {
            writeLock.unlock();
        }
    }

    /** Where the index stands on one revision of an entry. */
    public enum Listing {
        /** The index holds this revision or a later one. */
        LISTED,
        /** The index delisted this revision or a later one. */
        DELISTED,
        /** The index has not applied this revision yet. */
        NOT_YET_APPLIED
    }

    /**
     * Where the index stands on a revision of an entry: a watchlist change can reach retro-screening
     * before the global thread applies it, or after it has moved on to a later revision or a delisting.
     * Only the global thread writes the index, so a change replayed to retro-screening after a restart
     * can never bring back an entry delisted since.
     */
    public synchronized Listing listing(String entryId, long revision) {
        WatchlistEntry current = held(entryId);
        if (current != null && current.getRevision() >= revision) {
            return Listing.LISTED;
        }
        Long delistedRevision = delisted.get(entryId);
        if (current == null && delistedRevision != null && delistedRevision >= revision) {
            return Listing.DELISTED;
        }
        return Listing.NOT_YET_APPLIED;
    }

    public synchronized void delist(String entryId) {
        WatchlistEntry previous = held(entryId);
        if (previous == null) {
            return;
        }
        delisted.put(entryId, previous.getRevision());
        Set<String> keys = keysOf(previous);
        writeLock.lock();
        try {
            remove(previous, keys);
            changes++;
        } finally {
            writeLock.unlock();
        }
    }

    /** Called with the write lock held. */
    private void remove(WatchlistEntry previous, Set<String> keys) {
        String id = previous.getEntryId();
        int slot = slots.slotOf(id);
        if (previous.getKind() == EntryKind.RISK_PROFILE) {
            profiles.remove(id);
            for (String key : keys) {
                Set<String> ids = profilesByHsPrefix.get(key);
                if (ids != null && ids.remove(id) && ids.isEmpty()) {
                    profilesByHsPrefix.remove(key);
                }
            }
        } else {
            keys.forEach(key -> postings.remove(key, slot));
        }
        slots.remove(id);
        countByKind[previous.getKind().ordinal()]--;
        toggleDigest(previous);
    }

    /**
     * Version of the list held: a digest of every entry id and revision, independent of the order
     * they arrived in, so two instances holding the same list report the same version.
     */
    public String version() {
        readLock.lock();
        try {
            return version(slots.size(), digest);
        } finally {
            readLock.unlock();
        }
    }

    /** Version of the risk profiles held, computed like {@link #version()}. */
    public String profilesVersion() {
        readLock.lock();
        try {
            return version(profiles.size(), profileDigest);
        } finally {
            readLock.unlock();
        }
    }

    /** "count:digest", the digest as 16 hex digits: asked for every screening record, so without String.format. */
    private static String version(int count, long digest) {
        String hex = Long.toHexString(digest);
        return count + ":" + "0".repeat(16 - hex.length()) + hex;
    }

    /** Adds an entry to the digests, or takes it out again (xor). */
    private void toggleDigest(WatchlistEntry entry) {
        long h = fnv1a(entry.getEntryId() + "#" + entry.getRevision() + "#" + entry.getStatus());
        digest ^= h;
        if (entry.getKind() == EntryKind.RISK_PROFILE) {
            profileDigest ^= h;
        }
    }

    static long fnv1a(String text) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            hash ^= text.charAt(i);
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    public synchronized void clear() {
        writeLock.lock();
        try {
            digest = 0;
            profileDigest = 0;
            Arrays.fill(countByKind, 0);
            slots.clear();
            postings.clear();
            profiles.clear();
            profilesByHsPrefix.clear();
            decoded.clear();
            changes++;
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * How many changes the index has applied: what was derived from its postings and counts (the weight
     * of a name part in the list) holds for as long as this stays the same.
     */
    public long changes() {
        return changes;
    }

    public WatchlistEntry get(String entryId) {
        byte[] bytes;
        readLock.lock();
        try {
            WatchlistEntry profile = profiles.get(entryId);
            if (profile != null) {
                return profile;
            }
            int slot = slots.slotOf(entryId);
            bytes = slot < 0 ? null : slots.at(slot);
        } finally {
            readLock.unlock();
        }
        return bytes == null ? null : decoded(bytes);
    }

    private WatchlistEntry decoded(byte[] bytes) {
        return decoded.get(bytes, decode);
    }

    /** The entry as held, for the writer (which needs no lock to read what only it changes). */
    private WatchlistEntry held(String entryId) {
        WatchlistEntry profile = profiles.get(entryId);
        if (profile != null) {
            return profile;
        }
        int slot = slots.slotOf(entryId);
        return slot < 0 ? null : codec.decode(slots.at(slot));
    }

    public int size() {
        readLock.lock();
        try {
            return slots.size();
        } finally {
            readLock.unlock();
        }
    }

    public int count(EntryKind kind) {
        readLock.lock();
        try {
            return countByKind[kind.ordinal()];
        } finally {
            readLock.unlock();
        }
    }

    public Map<EntryKind, Integer> sizeByKind() {
        Map<EntryKind, Integer> counts = new EnumMap<>(EntryKind.class);
        readLock.lock();
        try {
            for (EntryKind kind : EntryKind.values()) {
                if (countByKind[kind.ordinal()] > 0) {
                    counts.put(kind, countByKind[kind.ordinal()]);
                }
            }
        } finally {
            readLock.unlock();
        }
        return counts;
    }

    /** Entries indexed under any of the keys, each once, in a stable order. */
    public Collection<WatchlistEntry> candidates(Collection<String> keys) {
        List<byte[]> found = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        readLock.lock();
        try {
            for (String key : keys) {
                postings.forEach(key, slot -> {
                    if (seen.add(slot)) {
                        found.add(slots.at(slot));
                    }
                });
            }
        } finally {
            readLock.unlock();
        }
        List<WatchlistEntry> entries = new ArrayList<>(found.size());
        found.forEach(bytes -> entries.add(decoded(bytes)));
        return entries;
    }

    /** How many entries a blocking key points to: lets callers skip keys too coarse to be worth it. */
    public int postingSize(String key) {
        readLock.lock();
        try {
            return postings.size(key);
        } finally {
            readLock.unlock();
        }
    }

    /** Risk profiles whose HS prefixes cover {@code hsDigits}, plus those without HS restriction. */
    public List<WatchlistEntry> profilesFor(String hsDigits) {
        List<WatchlistEntry> result = new ArrayList<>();
        readLock.lock();
        try {
            collectProfiles(ANY_HS, result);
            for (int length = 2; length <= hsDigits.length(); length++) {
                collectProfiles(hsDigits.substring(0, length), result);
            }
        } finally {
            readLock.unlock();
        }
        return result;
    }

    private void collectProfiles(String prefix, List<WatchlistEntry> result) {
        Set<String> ids = profilesByHsPrefix.get(prefix);
        if (ids != null) {
            for (String id : ids) {
                WatchlistEntry entry = profiles.get(id);
                if (entry != null && !result.contains(entry)) {
                    result.add(entry);
                }
            }
        }
    }

    private Set<String> keysOf(WatchlistEntry entry) {
        return entry.getKind() == EntryKind.RISK_PROFILE ? profileKeys(entry) : blockingKeys.forEntry(entry);
    }

    private static Set<String> profileKeys(WatchlistEntry entry) {
        Set<String> keys = new LinkedHashSet<>();
        for (String prefix : entry.getProfile().getHsPrefixes()) {
            String digits = Normalise.hsCode(prefix);
            if (!digits.isEmpty()) {
                keys.add(digits);
            }
        }
        if (keys.isEmpty()) {
            keys.add(ANY_HS);
        }
        return keys;
    }
}
